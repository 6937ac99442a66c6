package app.consilium.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import app.consilium.documents.storage.BlobStore.StoredPart;
import app.consilium.testing.S3Server;

/**
 * The blob store the properties choose, with what {@code application.properties} passes for unset environment
 * variables: empty strings.
 */
class BlobStoreConfigurationTest {

	private static final String[] UNSET_S3 = { "consilium.blobs.s3.endpoint=", "consilium.blobs.s3.region=us-east-1",
			"consilium.blobs.s3.bucket=", "consilium.blobs.s3.access-key=", "consilium.blobs.s3.secret-key=",
			"consilium.blobs.s3.path-style=true" };

	private static final String KEY = "documents/c1/o1";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(BlobStoreConfiguration.class, Properties.class)
		.withPropertyValues(UNSET_S3);

	@TempDir
	Path data;

	@Test
	void theFolderIsTheDefault() {
		runner.withPropertyValues("consilium.blobs.folder=" + data.resolve("blobs")).run(context -> {
			assertThat(context).getBean(BlobStore.class).isInstanceOf(FolderBlobStore.class);
			assertThat(data.resolve("blobs/objects")).isDirectory();
		});
	}

	@Test
	void s3StoresInTheBucketAndItsClientClosesWithTheContext() {
		try (S3Server server = S3Server.start()) {
			AtomicReference<BlobStore> closed = new AtomicReference<>();
			runner.withPropertyValues(properties(server)).run(context -> {
				BlobStore store = context.getBean(BlobStore.class);
				assertThat(store).isInstanceOf(S3BlobStore.class);
				String write = store.begin(KEY);
				StoredPart part = store.putPart(KEY, write, 0, new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3);
				store.complete(KEY, write, List.of(part));
				assertThat(readAll(store.read(KEY, 1, 2))).containsExactly(2, 3);
				closed.set(store);
			});
			assertThatThrownBy(() -> closed.get().delete(KEY)).hasMessageContaining("shut down");
		}
	}

	@Test
	void s3WithoutABucketDoesNotStart() {
		runner.withPropertyValues("consilium.blobs.store=s3", "consilium.blobs.s3.endpoint=http://127.0.0.1:1")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("consilium.blobs.s3.bucket"));
	}

	@Test
	void s3WithABucketItCannotReachDoesNotStart() {
		try (S3Server server = S3Server.start()) {
			runner.withPropertyValues(properties(server)).withPropertyValues("consilium.blobs.s3.bucket=no-such-bucket")
				.run(context -> assertThat(context).getFailure()
					.hasStackTraceContaining("Cannot reach the S3 bucket no-such-bucket at " + server.endpoint()));
			runner.withPropertyValues(properties(server)).withPropertyValues("consilium.blobs.s3.secret-key=wrong")
				.run(context -> assertThat(context).getFailure().hasStackTraceContaining("Cannot reach the S3 bucket"));
		}
	}

	@Test
	void s3WithAnEndpointThatIsNoUrlDoesNotStart() {
		runner.withPropertyValues("consilium.blobs.store=s3", "consilium.blobs.s3.bucket=b",
				"consilium.blobs.s3.endpoint=localhost:9000")
			.run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("http:// or https://"));
	}

	@Test
	void s3WithHalfTheCredentialsDoesNotStart() {
		runner
			.withPropertyValues("consilium.blobs.store=s3", "consilium.blobs.s3.bucket=b",
					"consilium.blobs.s3.access-key=k")
			.run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("secret key"));
	}

	@Test
	void theSecretKeyIsNeverPrinted() {
		BlobStoreProperties.S3 s3 = new BlobStoreProperties.S3(null, "us-east-1", "b", "access", "the-secret", true, 200);
		assertThat(s3.toString()).contains("access").doesNotContain("the-secret");
	}

	private static String[] properties(S3Server server) {
		return server.applicationProperties()
			.entrySet()
			.stream()
			.map(property -> property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
	}

	private static byte[] readAll(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(BlobStoreProperties.class)
	static class Properties {

	}

}
