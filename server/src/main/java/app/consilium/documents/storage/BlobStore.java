package app.consilium.documents.storage;

import java.io.InputStream;
import java.util.List;

/**
 * Where the encrypted bytes of documents live: a local folder on the embedded defaults, an S3-compatible
 * object store when several nodes share the data. An object is written in numbered parts and becomes
 * readable only when {@link #complete} succeeds, all at once; until then it does not exist for readers.
 * Implementations never buffer a whole part in memory: memory stays flat whatever the object size.
 */
public interface BlobStore {

	/** Starts writing {@code key}; the returned id names this pending write in the other calls. */
	String begin(String key);

	/**
	 * Stores part {@code number} (0-based) of a pending write: exactly {@code length} bytes of {@code in}.
	 * Storing the same part again stores it again; {@link #complete} decides which copy counts, by its tag.
	 * Two stores of the same bytes, even at once, both leave a tag that completes (S3 keeps the latest
	 * upload of a part, whose ETag the same bytes share). A part that fails midway leaves nothing behind
	 * under its number.
	 * @return the part as stored, with the tag {@link #complete} needs
	 * @throws BlobStoreException when the bytes could not be stored, or {@code in} ended early
	 */
	StoredPart putPart(String key, String writeId, int number, InputStream in, long length);

	/**
	 * Makes {@code key} readable, atomically, as the concatenation of {@code parts} in order (numbers 0..n-1
	 * with the tags {@link #putPart} returned). Fails, leaving the key absent, when a part is missing; on S3
	 * also when the part was stored again with other bytes since. Completing a write that completed already
	 * (the answer was lost, or the node stopped before the caller recorded it) succeeds while the object is
	 * there as those parts made it.
	 */
	void complete(String key, String writeId, List<StoredPart> parts);

	/** Drops a pending write and every part of it; a write that is already gone is not an error. */
	void abort(String key, String writeId);

	/**
	 * {@code length} bytes of {@code key} from {@code offset}; the caller closes the stream.
	 * @throws BlobStoreException when the key does not exist or the range lies outside it
	 */
	InputStream read(String key, long offset, long length);

	/** Removes an object; an absent key is not an error. */
	void delete(String key);

	/** One stored part: its number, size and the store's tag for it (S3's ETag, a digest in the folder). */
	record StoredPart(int number, long size, String tag) {
	}

}
