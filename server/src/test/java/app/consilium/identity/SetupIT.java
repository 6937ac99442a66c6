package app.consilium.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.People;
import app.consilium.testing.TestEnvironment;

/** First start: no default password; the setup token creates the first admin once and then is dead. */
@IntegrationTest
@TestPropertySource(properties = "consilium.test.fresh-context=setup")
class SetupIT {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("the setup token creates the first admin once, then is dead")
	void setupTokenWorksOnce() {
		Api api = new Api(port);
		assertThat(api.get("/api/setup").body().path("required").asBoolean()).isTrue();

		var wrongToken = api.post("/api/setup", request("not-the-token", "Strong-Enough-Passw0rd"));
		assertThat(wrongToken.status()).isEqualTo(403);
		var weakPassword = api.post("/api/setup", request(TestEnvironment.SETUP_TOKEN, "password1234"));
		assertThat(weakPassword.status()).isEqualTo(400);
		assertThat(weakPassword.body().path("errors").get(0).path("field").asString()).isEqualTo("password");

		var created = api.post("/api/setup", request(TestEnvironment.SETUP_TOKEN, People.PASSWORD));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.text("role")).isEqualTo("ADMIN");
		assertThat(created.body().path("organization").path("kind").asString()).isEqualTo("OPERATOR");
		assertThat(api.get("/api/admin/accounts").status()).isEqualTo(200);

		Api other = new Api(port);
		var again = other.post("/api/setup", request(TestEnvironment.SETUP_TOKEN, People.PASSWORD));
		assertThat(again.status()).isEqualTo(403);
		assertThat(other.get("/api/setup").body().path("required").asBoolean()).isFalse();
	}

	private static Map<String, Object> request(String token, String password) {
		return Map.of("token", token, "email", "first.admin@example.org", "fullName", "First Admin", "password",
				password);
	}

}
