package app.consilium.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.consilium.testing.S3Server;

/** The same documents tests with the bytes in S3-compatible storage (S3Proxy in this JVM). */
class DocumentsS3IT extends DocumentsIT {

	private static final S3Server S3 = S3Server.start();

	@DynamicPropertySource
	static void s3(DynamicPropertyRegistry registry) {
		S3.applicationProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void stop() {
		S3.close();
	}

	@Override
	protected Path storage() {
		return S3.folder();
	}

	/** S3 keeps a completed multipart upload as one object: the second chunk starts at the chunk size. */
	@Override
	protected void damageSecondChunk() throws IOException {
		try (var files = Files.walk(storage())) {
			Path object = files.filter(Files::isRegularFile)
				.filter(f -> f.toString().contains(caseId) && f.toFile().length() > DocumentSettings.CHUNK_SIZE)
				.findFirst()
				.orElseThrow();
			flip(object, DocumentSettings.CHUNK_SIZE + 100);
		}
	}

}
