package app.consilium.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import app.consilium.documents.storage.BlobStore;

/**
 * Streams a stored version back, chunk by chunk, checking each chunk against the SHA-256 recorded when it
 * arrived. A chunk that no longer matches (a damaged disk, a tampered bucket) ends the response early, so
 * the download fails instead of completing; the browser's decryption would refuse it too, but this says
 * where the damage is.
 */
@Component
class DocumentContent {

	private static final Logger log = LoggerFactory.getLogger(DocumentContent.class);

	private final BlobStore store;

	private final UploadRepository chunks;

	DocumentContent(BlobStore store, UploadRepository chunks) {
		this.store = store;
		this.chunks = chunks;
	}

	/**
	 * Copies with one buffer held back: a chunk's last bytes go out only once the whole chunk verified, so
	 * a damaged chunk can never complete a response.
	 */
	void copy(DocumentVersion version, OutputStream out) throws IOException {
		byte[] pending = new byte[64 * 1024];
		byte[] reading = new byte[64 * 1024];
		long offset = 0;
		for (StoredChunk chunk : chunks.chunks(version.id())) {
			MessageDigest sha256 = sha256();
			int held = 0;
			try (InputStream in = new DigestInputStream(store.read(version.blobKey(), offset, chunk.size()), sha256)) {
				for (int n; (n = in.read(reading)) >= 0;) {
					if (n == 0) {
						continue;
					}
					out.write(pending, 0, held);
					byte[] swap = pending;
					pending = reading;
					reading = swap;
					held = n;
				}
			}
			if (!MessageDigest.isEqual(sha256.digest(), chunk.sha256())) {
				log.error("Chunk {} of document version {} does not match its checksum; the download was stopped",
						chunk.number(), version.id());
				throw new DamagedChunkException();
			}
			out.write(pending, 0, held);
			offset += chunk.size();
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Thrown mid-response: the connection is cut so the client sees a failed download. */
	static final class DamagedChunkException extends IOException {

		DamagedChunkException() {
			super("stored chunk does not match its checksum");
		}

	}

}
