package app.consilium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.People;

/** What every API call gets at the boundary: problem details, CSRF, body limits and security headers. */
@IntegrationTest
class ApiBoundaryIT {

	@LocalServerPort
	int port;

	People people;

	Api admin;

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
	}

	@Nested
	@DisplayName("bad input gets a 400 problem and changes nothing")
	class BadInput {

		@Test
		@DisplayName("malformed JSON")
		void malformedJson() {
			var response = admin.postRaw("/api/admin/specialties", "{\"name\": ");
			assertProblem(response, 400, "unreadable-body");
			assertThat(response.text("detail")).isEqualTo("The request body is not valid JSON.");
		}

		@Test
		@DisplayName("an unknown field is named")
		void unknownField() {
			var response = admin.post("/api/admin/specialties", Map.of("name", "Neurology X", "colour", "blue"));
			assertProblem(response, 400, "unreadable-body");
			assertThat(response.text("detail")).isEqualTo("Unknown field 'colour'.");
			assertThat(admin.get("/api/admin/specialties").raw()).doesNotContain("Neurology X");
		}

		@Test
		@DisplayName("an invalid email is a field error")
		void invalidEmail() {
			Map<String, Object> invitation = new HashMap<>();
			invitation.put("email", "not an email");
			invitation.put("role", "PROVIDER");
			invitation.put("organizationId", null);
			invitation.put("organizationOwner", false);
			var response = admin.post("/api/admin/invitations", invitation);
			assertProblem(response, 400, "validation");
			assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("email");
		}

		@Test
		@DisplayName("a value of the wrong type names its field")
		void wrongType() {
			var response = admin.postRaw("/api/admin/organizations", "{\"name\":\"X\",\"kind\":\"CASTLE\"}");
			assertProblem(response, 400, "unreadable-body");
			assertThat(response.text("detail")).contains("'kind'");
		}

		@Test
		@DisplayName("a body over the limit is refused with 413 before it is read")
		void oversizedBody() {
			String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
			var response = admin.postRaw("/api/admin/specialties", huge);
			assertProblem(response, 413, "body-too-large");
		}

		@Test
		@DisplayName("an unknown API path is a 404 problem, not the page")
		void unknownPath() {
			var response = admin.get("/api/no-such-thing");
			assertProblem(response, 404, null);
		}

	}

	@Test
	@DisplayName("a change without the CSRF token is refused")
	void csrfIsEnforced() {
		var response = admin.postWithoutCsrf("/api/admin/specialties", Map.of("name", "Forged specialty"));
		assertProblem(response, 403, "csrf");
		assertThat(admin.get("/api/admin/specialties").raw()).doesNotContain("Forged specialty");
	}

	@Test
	@DisplayName("sign-in itself needs the CSRF token (no login CSRF)")
	void signInNeedsCsrf() {
		var response = people.anonymous()
			.postWithoutCsrf("/api/session", Map.of("email", People.ADMIN_EMAIL, "password", People.PASSWORD));
		assertProblem(response, 403, "csrf");
	}

	@Test
	@DisplayName("every response carries the security headers, pages included")
	void securityHeaders() {
		for (var response : new Api.Response[] { admin.get("/api/session"), admin.get("/"), admin.get("/admin/people") }) {
			String csp = response.header("Content-Security-Policy");
			assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
			assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.header("X-Request-Id")).isNotBlank();
		}
	}

	@Test
	@DisplayName("client routes get the page; health answers without signing in")
	void pagesAndHealth() {
		var page = people.anonymous().get("/admin/people");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.raw()).contains("<div id=\"root\"></div>");
		assertThat(people.anonymous().get("/actuator/health").text("status")).isEqualTo("UP");
		assertThat(people.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(admin.get("/actuator/prometheus").raw()).contains("jvm_memory_used_bytes");
	}

	static void assertProblem(Api.Response response, int status, String type) {
		assertThat(response.status()).as(response.raw()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.raw()).doesNotContain("Exception", "at app.consilium", "SQL");
		if (type != null) {
			assertThat(response.text("type")).endsWith("/" + type);
		}
	}

}
