/**
 * Documents of a case: encrypted in the browser, uploaded in resumable chunks, stored as ciphertext in the
 * blob store (a local folder or S3-compatible storage), listed and streamed back to members. The server sees
 * sizes, types, uploaders and dates; names, descriptions and contents are sealed.
 */
package app.consilium.documents;
