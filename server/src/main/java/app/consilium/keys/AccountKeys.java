package app.consilium.keys;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's key material as stored: the public keys and their fingerprint in the clear, everything else
 * sealed in the browser ({@code docs/crypto.md} §5–7).
 */
record AccountKeys(UUID accountId, byte[] publicKeys, String fingerprint, byte[] privateKeysSealed,
		byte[] passphraseWrapSealed, byte[] recoveryWrapSealed, Instant createdAt, Instant updatedAt, int version) {
}
