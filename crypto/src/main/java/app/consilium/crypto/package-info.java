/**
 * The end-to-end encryption formats of Consilium (docs/crypto.md), in pure Java on the JDK's JCA;
 * the browser implements the same bytes in web/src/crypto, and both check the vectors in
 * src/test/resources/vectors.
 *
 * <p>The server holds no keys. What it may use is the shape checks, which need none: {@link
 * app.consilium.crypto.PublicKeys#decode}, {@link app.consilium.crypto.WrappedAccountKey#parse}
 * (with the KDF iteration floor), {@link app.consilium.crypto.WrappedPrivateKeys#parse}, {@link
 * app.consilium.crypto.GrantStructure#parse}, {@link app.consilium.crypto.CaseKeyGrant#verify} (the
 * granter's signature), {@link app.consilium.crypto.EnvelopeStructure#parse} and {@link
 * app.consilium.crypto.DocumentStreamStructure#check}. They throw {@link
 * app.consilium.crypto.InvalidStructureException} (answer 400) or {@link
 * app.consilium.crypto.CannotVerifyException}.
 */
package app.consilium.crypto;
