package app.consilium.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.Constants;

/**
 * A real S3-compatible server (S3Proxy) in the test JVM: on a free local port, storing in a temporary folder
 * (not in memory, so large uploads cost disk rather than heap), with one empty bucket and signature checks on,
 * so stores are tested against the S3 protocol as a client really speaks it.
 */
public final class S3Server implements AutoCloseable {

	private static final String BUCKET = "consilium-test";

	private static final String ACCESS_KEY = "consilium-test-access";

	private static final String SECRET_KEY = "consilium-test-secret";

	private final Path folder;

	private final BlobStore backend;

	private final S3Proxy proxy;

	private S3Server(Path folder, BlobStore backend, S3Proxy proxy) {
		this.folder = folder;
		this.backend = backend;
		this.proxy = proxy;
	}

	/** Starts a server with an empty bucket; {@link #close()} stops it and deletes what it stored. */
	public static S3Server start() {
		Path folder = createFolder();
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", folder.toString());
		properties.setProperty(Constants.PROPERTY_IDENTITY, ACCESS_KEY);
		properties.setProperty(Constants.PROPERTY_CREDENTIAL, SECRET_KEY);
		BlobStore backend = BlobStores.create("filesystem-nio2", properties);
		backend.createContainer(BUCKET);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(backend)
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		S3Server server = new S3Server(folder, backend, proxy);
		try {
			proxy.start();
		}
		catch (Exception ex) {
			server.close();
			throw new IllegalStateException("S3Proxy did not start", ex);
		}
		return server;
	}

	private static Path createFolder() {
		try {
			return Files.createTempDirectory("consilium-s3");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where the server keeps what it stores: tests look at the bytes at rest there. */
	public Path folder() {
		return folder;
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + proxy.getPort());
	}

	public String bucket() {
		return BUCKET;
	}

	public String accessKey() {
		return ACCESS_KEY;
	}

	public String secretKey() {
		return SECRET_KEY;
	}

	/** The application properties that make {@code consilium.blobs} this server. */
	public Map<String, Object> applicationProperties() {
		return Map.of("consilium.blobs.store", "s3", "consilium.blobs.s3.endpoint", endpoint().toString(),
				"consilium.blobs.s3.bucket", BUCKET, "consilium.blobs.s3.access-key", ACCESS_KEY,
				"consilium.blobs.s3.secret-key", SECRET_KEY);
	}

	@Override
	public void close() {
		try {
			proxy.stop();
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3Proxy did not stop", ex);
		}
		finally {
			backend.close();
			deleteFolder();
		}
	}

	private void deleteFolder() {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
