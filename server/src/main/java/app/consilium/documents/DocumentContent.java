package app.consilium.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

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
	 * a damaged chunk can never complete a response. The object is read as one stream (one listing of the
	 * folder, one GET from S3) and cut into its chunks here.
	 */
	void copy(DocumentVersion version, OutputStream out) throws IOException {
		List<StoredChunk> stored = chunks.chunks(version.id());
		long size = stored.stream().mapToLong(StoredChunk::size).sum();
		byte[] pending = new byte[64 * 1024];
		byte[] reading = new byte[64 * 1024];
		MessageDigest sha256 = sha256();
		try (InputStream object = store.read(version.blobKey(), 0, size)) {
			for (StoredChunk chunk : stored) {
				int held = 0;
				long remaining = chunk.size();
				while (remaining > 0) {
					int n = object.read(reading, 0, (int) Math.min(reading.length, remaining));
					if (n < 0) {
						throw damaged(version, chunk, "ends early");
					}
					sha256.update(reading, 0, n);
					remaining -= n;
					out.write(pending, 0, held);
					byte[] swap = pending;
					pending = reading;
					reading = swap;
					held = n;
				}
				if (!MessageDigest.isEqual(sha256.digest(), chunk.sha256())) {
					throw damaged(version, chunk, "does not match its checksum");
				}
				out.write(pending, 0, held);
			}
		}
	}

	private static DamagedChunkException damaged(DocumentVersion version, StoredChunk chunk, String what) {
		log.error("Chunk {} of document version {} {}; the download was stopped", chunk.number(), version.id(), what);
		return new DamagedChunkException("stored chunk " + chunk.number() + " " + what);
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

		DamagedChunkException(String message) {
			super(message);
		}

		/** Logged with the chunk where it was found; the container logs it again on the way out, traceless. */
		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
