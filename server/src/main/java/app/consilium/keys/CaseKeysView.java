package app.consilium.keys;

import java.util.List;
import java.util.UUID;

import app.consilium.crypto.KeyScope;

/**
 * What a member's browser needs to open a case's keys and to share them with members still waiting: the
 * scopes the member holds keys of, and of those scopes the generations, the grants to the member and the
 * members still waiting.
 */
record CaseKeysView(UUID caseId, List<KeyScope> scopes, List<Generation> generations, List<Held> grants,
		List<Pending> pending) {

	/** The newest generation of a scope, and whether a member left since (a new one is due). */
	record Generation(KeyScope scope, int latest, boolean rotationRequested) {
	}

	/** A grant to the caller, with the granter's public keys to verify it against. */
	record Held(KeyScope scope, int generation, String grant, UUID granterId, String granterPublicKeys,
			String granterFingerprint) {
	}

	/**
	 * A member who should hold a key and does not: {@code NOT_YET_SHARED}, {@code KEYS_RESET} (their key
	 * changed; the public keys to share to are included) or {@code NO_KEYS} (they have not set up encryption).
	 */
	record Pending(KeyScope scope, int generation, UUID recipientId, String reason, String recipientPublicKeys,
			String recipientFingerprint) {

		static Pending of(KeyScope scope, int generation, UUID recipientId, String reason, AccountKeys keys) {
			return new Pending(scope, generation, recipientId, reason, KeyMaterial.encode(keys.publicKeys()),
					keys.fingerprint());
		}

		static Pending waiting(KeyScope scope, int generation, UUID recipientId, String reason) {
			return new Pending(scope, generation, recipientId, reason, null, null);
		}

		boolean fulfillable() {
			return recipientPublicKeys != null;
		}

	}

}
