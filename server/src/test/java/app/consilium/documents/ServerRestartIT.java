package app.consilium.documents;

import static app.consilium.documents.EncryptedDocument.digestOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import app.consilium.ConsiliumApplication;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.DocumentKey;
import app.consilium.crypto.DocumentStream;
import app.consilium.testing.Api;
import app.consilium.testing.DatabaseAvailable;
import app.consilium.testing.People;
import app.consilium.testing.TestEnvironment;

/**
 * The server is stopped in the middle of an upload and started again on the same database and blob store
 * (as after a deployment, or when the load balancer sends the next request to another node): the upload
 * goes on from the chunk it had reached, the person stays signed in, and the document reads back whole.
 * On H2 the database is closed and opened again in this JVM, which is how H2 2.4.240's CHECK constraint bug
 * (see the root pom) showed itself.
 */
@ExtendWith(DatabaseAvailable.class)
class ServerRestartIT {

	@Test
	@DisplayName("an upload interrupted by a server restart goes on where it stopped and reads back whole")
	void uploadSurvivesARestart() throws IOException {
		int port = freePort();
		ConfigurableApplicationContext first = start(port, null);
		var environment = (MapPropertySource) first.getEnvironment().getPropertySources().get("consilium-test");

		var shared = SharedCase.open(new People(port), "Roe v. Mercy Hospital");
		Api requester = shared.requester().api();
		Api provider = shared.provider().api();
		String caseId = shared.id();
		CaseKey caseKey = shared.key();

		byte[] plaintext = new byte[EncryptedDocument.CHUNK + 50_000];
		Arrays.fill(plaintext, (byte) 'r');
		var document = EncryptedDocument.of(caseId, caseKey, "Discharge summary.txt", plaintext);
		String upload = "/api/cases/" + caseId + "/uploads/" + document.id();
		assertThat(requester.post("/api/cases/" + caseId + "/uploads", document.declaration(null)).status())
			.isEqualTo(201);
		assertThat(requester.putBytes(upload + "/chunks/0", document.chunk(0), digestOf(document.chunk(0)))
			.status()).isEqualTo(200);

		first.close();
		ConfigurableApplicationContext second = start(port, environment);
		try {
			var mine = requester.get("/api/cases/" + caseId + "/uploads");
			assertThat(mine.status()).as("still signed in after the restart: " + mine.raw()).isEqualTo(200);
			assertThat(mine.body().get(0).path("received").asInt()).as("chunk 0 survived the restart").isEqualTo(1);
			assertThat(requester.putBytes(upload + "/chunks/1", document.chunk(1), digestOf(document.chunk(1)))
				.status()).isEqualTo(200);
			var committed = requester.post(upload + "/commit", null);
			assertThat(committed.status()).as(committed.raw()).isEqualTo(201);

			var listed = provider.get("/api/cases/" + caseId + "/documents").body().get(0);
			var content = provider.getBytes("/api/cases/" + caseId + "/documents/" + listed.path("id").asString()
					+ "/versions/" + listed.path("current").path("id").asString() + "/content");
			assertThat(content.statusCode()).isEqualTo(200);
			DocumentKey key = DocumentKey.unwrap(caseKey, document.id().toString(),
					Base64Url.decode(listed.path("current").path("key").asString()));
			var decrypted = new ByteArrayOutputStream();
			DocumentStream.decrypt(key, new ByteArrayInputStream(content.body()), decrypted);
			assertThat(decrypted.toByteArray()).isEqualTo(plaintext);
		}
		finally {
			second.close();
		}
	}

	/**
	 * The application on {@code port}: the first time on a fresh database and blob folder of this test run
	 * (the integration tests' own environment), the second time on the same ones again.
	 */
	private static ConfigurableApplicationContext start(int port, MapPropertySource sameAs) {
		var application = new SpringApplicationBuilder(ConsiliumApplication.class);
		if (sameAs == null) {
			application.initializers(new TestEnvironment());
		}
		else {
			application.initializers(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("consilium-test", sameAs.getSource())));
		}
		return application.run("--server.port=" + port);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
