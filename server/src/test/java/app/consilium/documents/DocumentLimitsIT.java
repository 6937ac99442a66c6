package app.consilium.documents;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import app.consilium.crypto.CaseKey;
import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.People;

/**
 * The limits an operator sets (consilium.documents.max-size, preview-limit) are the ones the server
 * enforces and tells browsers, not the defaults.
 */
@IntegrationTest
@TestPropertySource(properties = { "consilium.documents.max-size=2MB", "consilium.documents.preview-limit=1MB" })
class DocumentLimitsIT {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("a configured size limit is announced to browsers and holds: larger documents get 413, smaller ones go up")
	void configuredLimit() {
		var shared = SharedCase.open(new People(port), "Roe second opinion");
		Api requester = shared.requester().api();
		String caseId = shared.id();
		CaseKey caseKey = shared.key();

		var limits = requester.get("/api/documents/limits").body();
		assertThat(limits.path("maxSize").asLong()).isEqualTo(2L * 1024 * 1024);
		assertThat(limits.path("previewLimit").asLong()).isEqualTo(1024L * 1024);

		var tooLarge = requester.post("/api/cases/" + caseId + "/uploads",
				EncryptedDocument.of(caseId, caseKey, "scan.dcm", new byte[3 * 1024 * 1024]).declaration(null));
		assertThat(tooLarge.status()).as(tooLarge.raw()).isEqualTo(413);
		assertThat(tooLarge.text("type")).endsWith("/document-too-large");
		assertThat(tooLarge.text("detail")).isEqualTo("Documents may be at most 2.1 MB; this one is 3.1 MB.");
		assertThat(requester.get("/api/cases/" + caseId + "/uploads").body().size()).isZero();

		var fits = requester.post("/api/cases/" + caseId + "/uploads",
				EncryptedDocument.of(caseId, caseKey, "scan.dcm", new byte[2 * 1024 * 1024]).declaration(null));
		assertThat(fits.status()).as("exactly the limit is allowed: " + fits.raw()).isEqualTo(201);
	}

}
