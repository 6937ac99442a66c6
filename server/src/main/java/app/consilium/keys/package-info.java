/**
 * Keys: each person's public keys (published), their sealed private keys and account-key wraps (stored,
 * never opened), and, with cases, the case-key grants. The server checks shapes with the key-less
 * validators of the crypto module and never receives secret material.
 */
package app.consilium.keys;
