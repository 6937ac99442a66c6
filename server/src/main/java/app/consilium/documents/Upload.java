package app.consilium.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * An upload in progress, as the browser declared it before the first chunk: the ciphertext's size, its
 * stream header, and the sealed name and document key. {@code documentId} is null for a new document, or
 * the document this becomes a new version of.
 */
record Upload(UUID id, UUID caseId, UUID documentId, UUID accountId, DocumentCategory category, String contentType,
		long ciphertextSize, long plaintextSize, int chunkSize, byte[] header, byte[] metadataSealed,
		byte[] keySealed, int generation, String blobKey, String writeId, Instant createdAt, Instant touchedAt) {

	int chunkCount() {
		return (int) ((ciphertextSize + chunkSize - 1) / chunkSize);
	}

	/** The exact size chunk {@code number} must have: full chunks, then what is left. */
	long sizeOfChunk(int number) {
		return Math.min(chunkSize, ciphertextSize - (long) number * chunkSize);
	}

	static String blobKey(UUID caseId, UUID id) {
		return "cases/" + caseId + "/" + id;
	}

}
