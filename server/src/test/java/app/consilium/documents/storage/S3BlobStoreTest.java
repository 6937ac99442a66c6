package app.consilium.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.consilium.documents.storage.BlobStore.StoredPart;
import app.consilium.testing.S3Server;

/** The contract against a real S3-compatible server, through the same client settings the application uses. */
class S3BlobStoreTest extends BlobStoreContract {

	/** Four times the heap growth a node may spend on an upload, and more than the child JVM's whole heap. */
	private static final long LARGE = 256L * 1024 * 1024;

	private static S3Server server;

	private static S3BlobStore store;

	@BeforeAll
	static void start() {
		server = S3Server.start();
		store = new S3BlobStore(settings(server.endpoint().toString(), server.bucket(), server.accessKey(),
				server.secretKey()));
	}

	@AfterAll
	static void stop() {
		store.close();
		server.close();
	}

	@Override
	protected BlobStore store() {
		return store;
	}

	/**
	 * A part much larger than the heap, written and read back in a JVM with a 48 MiB heap: any copy of the
	 * part in memory (for signing, checksums or a retry) would end in OutOfMemoryError.
	 */
	@Test
	void completingWithAStalePartFailsAndLeavesNoObject() {
		String key = "documents/c1/stale";
		String write = store.begin(key);
		StoredPart stale = store.putPart(key, write, 0, new ByteArrayInputStream(bytes(100, 5)), 100);
		store.putPart(key, write, 0, new ByteArrayInputStream(bytes(100, 6)), 100);
		assertThatThrownBy(() -> store.complete(key, write, List.of(stale))).isInstanceOf(BlobStoreException.class);
		assertThatThrownBy(() -> store.read(key, 0, 1)).isInstanceOf(BlobStoreException.class);
	}

	@Test
	void partsAndReadsStreamInsteadOfFillingTheHeap() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
				LargePart.class.getName(), server.endpoint().toString(), server.bucket(), server.accessKey(),
				server.secretKey())
			.inheritIO()
			.start();
		assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
		assertThat(child.exitValue()).isZero();
	}

	private static BlobStoreProperties.S3 settings(String endpoint, String bucket, String accessKey, String secretKey) {
		return new BlobStoreProperties.S3(URI.create(endpoint), "us-east-1", bucket, accessKey, secretKey, true, 200);
	}

	/** The child JVM: one {@link #LARGE} part up, the whole object down, the same digest both ways. */
	static final class LargePart {

		public static void main(String[] args) throws IOException {
			try (S3BlobStore store = new S3BlobStore(settings(args[0], args[1], args[2], args[3]))) {
				String key = "documents/large/o1";
				String write = store.begin(key);
				MessageDigest sent = sha256();
				InputStream generated = new DigestInputStream(new Generated(LARGE), sent);
				StoredPart part = store.putPart(key, write, 0, generated, LARGE);
				store.complete(key, write, List.of(part));
				MessageDigest received = sha256();
				try (InputStream in = new DigestInputStream(store.read(key, 0, LARGE), received)) {
					long total = in.transferTo(OutputStream.nullOutputStream());
					if (total != LARGE || !MessageDigest.isEqual(sent.digest(), received.digest())) {
						throw new AssertionError("Read back " + total + " bytes that differ from the part");
					}
				}
				store.delete(key);
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

	}

	/** {@code length} bytes made up as they are read, so the test itself holds none of them. */
	private static final class Generated extends InputStream {

		private long position;

		private final long length;

		Generated(long length) {
			this.length = length;
		}

		@Override
		public int read() {
			return (position < length) ? (int) (position++ * 31 % 251) : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (position >= length) {
				return -1;
			}
			int n = (int) Math.min(len, length - position);
			for (int i = 0; i < n; i++) {
				b[off + i] = (byte) (position++ * 31 % 251);
			}
			return n;
		}

	}

}
