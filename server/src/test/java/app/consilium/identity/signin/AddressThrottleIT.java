package app.consilium.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import app.consilium.testing.IntegrationTest;
import app.consilium.testing.People;

/**
 * Password spraying: many accounts, a few guesses each, from one address. The per-address limit stops it
 * even though no single account reaches its own limit. (Its own context, with a low limit, so that the
 * throttled address does not disturb other tests.)
 */
@IntegrationTest
@TestPropertySource(properties = { "consilium.test.fresh-context=address-throttle",
		"consilium.sign-in.throttle.per-address=6" })
class AddressThrottleIT {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("failures across many accounts from one address lock that address out, with a clear message")
	void sprayingIsStopped() {
		People people = new People(port);
		people.admin();
		for (int i = 0; i < 6; i++) {
			var guess = people.anonymous()
				.post("/api/session", Map.of("email", "victim-" + i + "@example.org", "password", "Spring2026!!x"));
			assertThat(guess.status()).isEqualTo(401);
		}
		var blocked = people.anonymous()
			.post("/api/session", Map.of("email", People.ADMIN_EMAIL, "password", People.PASSWORD));
		assertThat(blocked.status()).isEqualTo(429);
		assertThat(blocked.text("detail"))
			.startsWith("Too many failed sign-in attempts from your network address. Try again in");
	}

}
