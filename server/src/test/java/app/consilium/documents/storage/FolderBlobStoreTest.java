package app.consilium.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.consilium.documents.storage.BlobStore.StoredPart;

class FolderBlobStoreTest extends BlobStoreContract {

	@TempDir
	Path root;

	private FolderBlobStore store;

	@BeforeEach
	void open() {
		store = new FolderBlobStore(root);
	}

	@Override
	protected BlobStore store() {
		return store;
	}

	@Test
	@DisplayName("reading an object of many parts keeps one part file open at a time")
	void readsPartByPart() throws IOException {
		String key = "cases/c1/many";
		String write = store.begin(key);
		List<StoredPart> parts = new ArrayList<>();
		for (int n = 0; n < 300; n++) {
			parts.add(store.putPart(key, write, n, new ByteArrayInputStream(new byte[] { (byte) n }), 1));
		}
		store.complete(key, write, parts);

		long before = openFiles();
		try (InputStream in = store.read(key, 0, 300)) {
			assertThat(in.read()).isZero();
			// A 10 GiB document has 1,280 parts: opening them all at once runs out of file descriptors. (Some
			// slack for files the JVM's other threads may open meanwhile; all 300 would be far beyond it.)
			assertThat(openFiles() - before).isLessThanOrEqualTo(10);
			byte[] rest = in.readAllBytes();
			assertThat(rest).hasSize(299);
			assertThat(rest[298]).isEqualTo((byte) 299);
		}
		// At most: the test JVM's other threads may close a file of their own meanwhile.
		assertThat(openFiles()).as("nothing left open").isLessThanOrEqualTo(before);
	}

	@Test
	@DisplayName("completing keeps the copy of a part it is given and deletes the others")
	void completeKeepsTheGivenCopy() throws IOException {
		String key = "cases/c1/twice";
		String write = store.begin(key);
		byte[] kept = bytes(100, 1);
		StoredPart first = store.putPart(key, write, 0, new ByteArrayInputStream(kept), 100);
		store.putPart(key, write, 0, new ByteArrayInputStream(bytes(100, 2)), 100);
		store.complete(key, write, List.of(first));
		assertThat(readAll(store.read(key, 0, 100))).isEqualTo(kept);
		try (Stream<Path> files = Files.walk(root).filter(Files::isRegularFile)) {
			assertThat(files.count()).as("one part file left").isEqualTo(1);
		}
	}

	@Test
	@DisplayName("completing again after a stop between the rename and the sweep removes the late copy of a part")
	void completingAgainSweepsALateCopy() throws IOException {
		String key = "cases/c1/late";
		String write = store.begin(key);
		byte[] kept = bytes(100, 3);
		StoredPart part = store.putPart(key, write, 0, new ByteArrayInputStream(kept), 100);
		store.complete(key, write, List.of(part));
		Path object;
		try (Stream<Path> files = Files.walk(root).filter(Files::isRegularFile)) {
			object = files.findFirst().orElseThrow().getParent();
		}
		// What a retry of part 0 given up on would have left if it renamed its file in just before the node stopped.
		Files.write(object.resolve("00000000-late"), bytes(100, 4));

		store.complete(key, write, List.of(part));
		assertThat(readAll(store.read(key, 0, 100))).isEqualTo(kept);
		assertThat(object.resolve("00000000-late")).doesNotExist();
	}

	private static long openFiles() throws IOException {
		try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
			return fds.count();
		}
	}

}
