/**
 * The recommendation of a medical second opinion and what follows it: the provider drafts it and submits
 * it, which completes the case in the same transaction; the requester side reads it, rates it, comments on
 * it and may ask for clarification in a thread under it. Every text is sealed in the browser with the case
 * key; the server keeps envelopes, the plaintext rating, and decides who may read and write what, when.
 */
package app.consilium.recommendations;
