package app.consilium.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import app.consilium.crypto.AssociatedData;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.ContentEnvelope;
import app.consilium.crypto.DocumentKey;
import app.consilium.crypto.DocumentStream;

/**
 * A document as a browser prepares it for upload, done by the Java crypto module: encrypted under its own
 * key in the streaming format, that key wrapped by the case key, name and description sealed; and the
 * requests' bodies the upload protocol asks for (the declaration, chunks with their Content-Digest).
 */
record EncryptedDocument(UUID id, byte[] ciphertext, byte[] wrappedKey, byte[] metadata) {

	/** Ciphertext bytes per chunk, as the server cuts them ({@link DocumentSettings#CHUNK_SIZE}). */
	static final int CHUNK = DocumentSettings.CHUNK_SIZE;

	static EncryptedDocument of(String caseId, CaseKey caseKey, String name, byte[] plaintext) {
		UUID id = UUID.randomUUID();
		DocumentKey key = DocumentKey.generate(caseId, id.toString());
		var out = new ByteArrayOutputStream();
		try {
			DocumentStream.encrypt(key, new ByteArrayInputStream(plaintext), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] metadata = ContentEnvelope.seal(caseKey, new AssociatedData("document-metadata", id.toString()),
				("{\"name\":\"" + name + "\",\"description\":\"\"}").getBytes(StandardCharsets.UTF_8));
		return new EncryptedDocument(id, out.toByteArray(), key.wrap(caseKey), metadata);
	}

	/** The ciphertext from {@code from} up to {@code to} (or its end). */
	byte[] chunk(int from, int to) {
		return Arrays.copyOfRange(ciphertext, from, Math.min(to, ciphertext.length));
	}

	/** Chunk {@code number} as the protocol numbers them. */
	byte[] chunk(int number) {
		return chunk(number * CHUNK, (number + 1) * CHUNK);
	}

	/** The body of {@code POST .../uploads}: a new document, or with {@code documentId} its next version. */
	Map<String, Object> declaration(UUID documentId) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id.toString());
		if (documentId != null) {
			body.put("documentId", documentId.toString());
		}
		body.put("category", "MEDICAL_RECORDS");
		body.put("contentType", "text/plain");
		body.put("size", ciphertext.length);
		body.put("header", Base64Url.encode(chunk(0, 40)));
		body.put("metadata", Base64Url.encode(metadata));
		body.put("key", Base64Url.encode(wrappedKey));
		return body;
	}

	/** The Content-Digest header a chunk is sent with (RFC 9530). */
	static Map<String, String> digestOf(byte[] chunk) {
		return Map.of("Content-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha256(chunk)) + ":");
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
