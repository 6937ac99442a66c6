package app.consilium.documents;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of documents.
 *
 * @param maxSize the largest document accepted, as the person sees it (plaintext)
 * @param previewLimit the largest document the browser decrypts in memory to show; larger ones are
 * only downloaded, as a stream
 * @param abandonAfter an upload nobody has sent a chunk to for this long is dropped with its chunks
 * @param keepDeleted how long a deleted document can still be restored before its bytes are removed
 */
@ConfigurationProperties("consilium.documents")
record DocumentSettings(@DefaultValue("10GB") DataSize maxSize, @DefaultValue("64MB") DataSize previewLimit,
		@DefaultValue("24h") Duration abandonAfter, @DefaultValue("30d") Duration keepDeleted) {

	/**
	 * Ciphertext bytes per chunk: eight 1 MiB stream segments (the first chunk holds the 40-byte header and
	 * a shorter first segment, so every chunk boundary is a segment boundary). Also above S3's 5 MiB
	 * minimum part size, so one chunk is one part.
	 */
	static final int CHUNK_SIZE = 8 * 1024 * 1024;

	/**
	 * Documents deleted before this may no longer be restored and are due for removal: the one cut-off both
	 * the restore and the hourly removal go by, so that no document is restorable and removable at once.
	 */
	Instant restorableSince(Instant now) {
		return now.minus(keepDeleted);
	}

}
