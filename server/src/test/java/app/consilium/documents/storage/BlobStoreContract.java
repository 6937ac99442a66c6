package app.consilium.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import app.consilium.documents.storage.BlobStore.StoredPart;

/** What every blob store must do; each implementation's test runs these against the real store. */
abstract class BlobStoreContract {

	/** Parts of at least this size, as S3 requires of every part but the last. */
	static final int PART = 5 * 1024 * 1024;

	protected abstract BlobStore store();

	@Test
	void anObjectIsReadableOnlyOnceCompletedAndReadsAnyRange() throws IOException {
		byte[] a = bytes(PART, 1);
		byte[] b = bytes(1000, 2);
		String key = "documents/c1/o1";
		String write = store().begin(key);
		StoredPart first = store().putPart(key, write, 0, new ByteArrayInputStream(a), a.length);
		StoredPart second = store().putPart(key, write, 1, new ByteArrayInputStream(b), b.length);
		assertThatThrownBy(() -> store().read(key, 0, 1)).isInstanceOf(BlobStoreException.class);

		store().complete(key, write, List.of(first, second));

		byte[] whole = concat(a, b);
		assertThat(readAll(store().read(key, 0, whole.length))).isEqualTo(whole);
		assertThat(readAll(store().read(key, PART - 10, 20))).isEqualTo(Arrays.copyOfRange(whole, PART - 10, PART + 10));
		assertThat(readAll(store().read(key, PART + 1, 999))).isEqualTo(Arrays.copyOfRange(b, 1, 1000));
		assertThatThrownBy(() -> store().read(key, whole.length - 1, 2)).isInstanceOf(BlobStoreException.class);
	}

	@Test
	void completingAgainWhatCompletedSucceedsWithTheSamePartsOnly() throws IOException {
		// The node stopped, or the answer was lost, after the store completed but before the caller recorded it.
		byte[] a = bytes(PART, 7);
		byte[] b = bytes(10, 8);
		String key = "documents/c1/o7";
		String write = store().begin(key);
		List<StoredPart> parts = List.of(store().putPart(key, write, 0, new ByteArrayInputStream(a), a.length),
				store().putPart(key, write, 1, new ByteArrayInputStream(b), b.length));
		store().complete(key, write, parts);

		store().complete(key, write, parts);
		assertThat(readAll(store().read(key, 0, PART + 10))).isEqualTo(concat(a, b));
		assertThatThrownBy(() -> store().complete(key, write, parts.subList(0, 1))).isInstanceOf(BlobStoreException.class);
		assertThatThrownBy(() -> store().complete("documents/c1/o8", store().begin("documents/c1/o8"), parts))
			.as("a write that never had these parts").isInstanceOf(BlobStoreException.class);
	}

	@Test
	void aReplacedPartIsTheOneStored() throws IOException {
		String key = "documents/c1/o2";
		String write = store().begin(key);
		store().putPart(key, write, 0, new ByteArrayInputStream(bytes(100, 3)), 100);
		byte[] again = bytes(100, 4);
		StoredPart replaced = store().putPart(key, write, 0, new ByteArrayInputStream(again), 100);
		store().complete(key, write, List.of(replaced));
		assertThat(readAll(store().read(key, 0, 100))).isEqualTo(again);
	}

	@Test
	void aPartStoredTwiceWithTheSameBytesCompletesWithEitherTag() throws IOException {
		// A retry that races the first attempt: both finish, and whichever the caller recorded must complete.
		String key = "documents/c1/o3";
		String write = store().begin(key);
		byte[] same = bytes(100, 5);
		StoredPart first = store().putPart(key, write, 0, new ByteArrayInputStream(same), 100);
		store().putPart(key, write, 0, new ByteArrayInputStream(same), 100);
		store().complete(key, write, List.of(first));
		assertThat(readAll(store().read(key, 0, 100))).isEqualTo(same);
	}

	@Test
	void aPartThatEndsEarlyIsNotStored() {
		String key = "documents/c1/o4";
		String write = store().begin(key);
		assertThatThrownBy(() -> store().putPart(key, write, 0, new ByteArrayInputStream(bytes(10, 7)), 100))
			.isInstanceOf(BlobStoreException.class);
		StoredPart ghost = new StoredPart(0, 100, "none");
		assertThatThrownBy(() -> store().complete(key, write, List.of(ghost))).isInstanceOf(BlobStoreException.class);
	}

	@Test
	void abortAndDeleteLeaveNothing() {
		String key = "documents/c1/o5";
		String write = store().begin(key);
		StoredPart part = store().putPart(key, write, 0, new ByteArrayInputStream(bytes(10, 8)), 10);
		store().abort(key, write);
		store().abort(key, write);
		assertThatThrownBy(() -> store().complete(key, write, List.of(part))).isInstanceOf(BlobStoreException.class);

		String other = "documents/c1/o6";
		String w2 = store().begin(other);
		store().complete(other, w2, List.of(store().putPart(other, w2, 0, new ByteArrayInputStream(bytes(10, 9)), 10)));
		store().delete(other);
		store().delete(other);
		assertThatThrownBy(() -> store().read(other, 0, 1)).isInstanceOf(BlobStoreException.class);
	}

	static byte[] bytes(int n, long seed) {
		byte[] b = new byte[n];
		new Random(seed).nextBytes(b);
		return b;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	static byte[] readAll(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

}
