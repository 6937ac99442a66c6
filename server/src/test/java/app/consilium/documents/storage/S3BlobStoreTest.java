package app.consilium.documents.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import app.consilium.testing.S3Server;

/** The contract against a real S3-compatible server, through the same client settings the application uses. */
class S3BlobStoreTest extends BlobStoreContract {

	private static S3Server server;

	private static S3BlobStore store;

	@BeforeAll
	static void start() {
		server = S3Server.start();
		store = new S3BlobStore(new BlobStoreProperties.S3(server.endpoint(), "us-east-1", server.bucket(),
				server.accessKey(), server.secretKey(), true));
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

}
