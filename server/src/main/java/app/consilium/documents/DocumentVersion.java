package app.consilium.documents;

import java.time.Instant;
import java.util.UUID;

/** One stored version of a document: plaintext facts about it, and the sealed name and key. */
record DocumentVersion(UUID id, UUID documentId, int number, String contentType, long ciphertextSize,
		long plaintextSize, int chunkSize, String blobKey, byte[] metadataSealed, byte[] keySealed, int generation,
		UUID uploadedBy, Instant uploadedAt) {

	static DocumentVersion of(Upload u, UUID documentId, int number, Instant at) {
		return new DocumentVersion(u.id(), documentId, number, u.contentType(), u.ciphertextSize(), u.plaintextSize(),
				u.chunkSize(), u.blobKey(), u.metadataSealed(), u.keySealed(), u.generation(), u.accountId(), at);
	}

}
