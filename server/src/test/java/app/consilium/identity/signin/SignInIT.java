package app.consilium.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.MutableClock;
import app.consilium.testing.People;
import app.consilium.testing.TestMail;

/** Signing in and out, sessions, throttling, deactivation, password change and reset, the second factor. */
@IntegrationTest
class SignInIT {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	People people;

	Api admin;

	People.Member member;

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
		member = people.provider(admin);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("a wrong password is refused without saying whether the account exists")
	void wrongPassword() {
		var wrong = people.anonymous().post("/api/session", credentials(member.email(), "Not-The-Password-1"));
		var unknown = people.anonymous().post("/api/session", credentials("nobody@example.org", "Not-The-Password-1"));
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrong.text("detail")).isEqualTo(unknown.text("detail"));
		assertThat(people.signIn(member.email(), People.PASSWORD).get("/api/session").text("email"))
			.isEqualTo(member.email());
	}

	@Test
	@DisplayName("repeated failures lock the account for a while, with a clear message, even for the right password")
	void throttling() {
		for (int i = 0; i < 5; i++) {
			assertThat(people.anonymous().post("/api/session", credentials(member.email(), "Wrong-Password-" + i)).status())
				.isEqualTo(401);
		}
		var locked = people.anonymous().post("/api/session", credentials(member.email(), People.PASSWORD));
		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.text("detail")).startsWith("Too many failed sign-in attempts for this account. Try again in");

		clock.advance(Duration.ofMinutes(16));
		assertThat(people.anonymous().post("/api/session", credentials(member.email(), People.PASSWORD)).status())
			.isEqualTo(200);
	}

	@Test
	@DisplayName("a deactivated account cannot sign in and its open sessions die at once")
	void deactivation() {
		Api second = people.signIn(member.email(), People.PASSWORD);
		assertThat(admin.post("/api/admin/accounts/" + member.id() + "/deactivate", null).text("status"))
			.isEqualTo("DEACTIVATED");

		assertThat(member.api().get("/api/session").status()).isEqualTo(401);
		assertThat(second.get("/api/session").status()).isEqualTo(401);
		var refused = people.anonymous().post("/api/session", credentials(member.email(), People.PASSWORD));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text("type")).endsWith("/account-deactivated");

		admin.post("/api/admin/accounts/" + member.id() + "/reactivate", null);
		assertThat(people.signIn(member.email(), People.PASSWORD).get("/api/session").status()).isEqualTo(200);
	}

	@Test
	@DisplayName("signing out ends this session; signing out everywhere ends all of them")
	void signOut() {
		Api laptop = people.signIn(member.email(), People.PASSWORD);
		Api phone = people.signIn(member.email(), People.PASSWORD);
		assertThat(laptop.delete("/api/session").status()).isEqualTo(204);
		assertThat(laptop.get("/api/session").status()).isEqualTo(401);
		assertThat(phone.get("/api/session").status()).isEqualTo(200);

		assertThat(phone.delete("/api/sessions").status()).isEqualTo(204);
		assertThat(phone.get("/api/session").status()).isEqualTo(401);
		assertThat(member.api().get("/api/session").status()).isEqualTo(401);
	}

	@Test
	@DisplayName("sessions end after the absolute timeout however active they are")
	void absoluteTimeout() {
		assertThat(member.api().get("/api/session").status()).isEqualTo(200);
		clock.advance(Duration.ofHours(12).plusMinutes(1));
		assertThat(member.api().get("/api/session").status()).isEqualTo(401);
	}

	@Test
	@DisplayName("the session cookie is HttpOnly and SameSite, and changes at sign-in")
	void sessionCookie() {
		Api api = people.anonymous();
		api.get("/api/session");
		var response = api.post("/api/session", credentials(member.email(), People.PASSWORD));
		String setCookie = response.headers()
			.getOrDefault("set-cookie", List.of())
			.stream()
			.filter(c -> c.startsWith("CONSILIUM_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(setCookie).contains("HttpOnly", "SameSite=Strict");
	}

	@Test
	@DisplayName("changing the password: the old one stops working, other sessions end, this one stays")
	void changePassword() {
		Api other = people.signIn(member.email(), People.PASSWORD);
		String next = "Another-Long-Passphrase-7";
		var wrongCurrent = member.api().put("/api/me/password",
				Map.of("currentPassword", "Not-It-At-All-1", "newPassword", next), Map.of());
		assertThat(wrongCurrent.status()).isEqualTo(400);
		var changed = member.api().put("/api/me/password",
				Map.of("currentPassword", People.PASSWORD, "newPassword", next), Map.of());
		assertThat(changed.status()).as(changed.raw()).isEqualTo(204);

		assertThat(member.api().get("/api/session").status()).isEqualTo(200);
		assertThat(other.get("/api/session").status()).isEqualTo(401);
		assertThat(people.anonymous().post("/api/session", credentials(member.email(), People.PASSWORD)).status())
			.isEqualTo(401);
		assertThat(people.signIn(member.email(), next).get("/api/session").status()).isEqualTo(200);
	}

	@Test
	@DisplayName("password reset by email: the link works once and signs out every session")
	void passwordReset() {
		assertThat(people.anonymous().post("/api/password-resets", Map.of("email", member.email())).status())
			.isEqualTo(202);
		assertThat(people.anonymous().post("/api/password-resets", Map.of("email", "nobody@example.org")).status())
			.isEqualTo(202);
		String link = TestMail.awaitLink(member.email(), "Reset your Consilium password");
		assertThat(link).contains("/reset-password#token=");
		String token = People.tokenOf(link);
		String next = "Reset-Passphrase-Works-9";

		var weak = people.anonymous().post("/api/password-resets/complete", Map.of("token", token, "password", "short"));
		assertThat(weak.status()).isEqualTo(400);
		var reset = people.anonymous().post("/api/password-resets/complete", Map.of("token", token, "password", next));
		assertThat(reset.status()).as(reset.raw()).isEqualTo(204);
		assertThat(member.api().get("/api/session").status()).isEqualTo(401);
		assertThat(people.signIn(member.email(), next).get("/api/session").status()).isEqualTo(200);

		var again = people.anonymous().post("/api/password-resets/complete",
				Map.of("token", token, "password", "Yet-Another-Passphrase-3"));
		assertThat(again.status()).isEqualTo(410);
	}

	@Test
	@DisplayName("two-factor: a code is needed after the password, each code and recovery code works once")
	void secondFactor() {
		var enrollment = member.api().post("/api/me/second-factor", null);
		String secret = enrollment.text("secret");
		assertThat(enrollment.text("otpauthUri")).startsWith("otpauth://totp/Consilium");
		var confirmed = member.api().post("/api/me/second-factor/confirm", Map.of("code", codeNow(secret)));
		assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
		String recoveryCode = confirmed.body().path("recoveryCodes").get(0).asString();

		var needsCode = people.anonymous().post("/api/session", credentials(member.email(), People.PASSWORD));
		assertThat(needsCode.status()).isEqualTo(401);
		assertThat(needsCode.text("type")).endsWith("/second-factor-required");

		clock.advance(Duration.ofSeconds(30));
		String code = codeNow(secret);
		assertThat(signInWithCode(code).status()).isEqualTo(200);
		assertThat(signInWithCode(code).status()).as("a code is accepted once").isEqualTo(401);
		assertThat(signInWithCode(recoveryCode).status()).isEqualTo(200);
		assertThat(signInWithCode(recoveryCode).status()).as("a recovery code is accepted once").isEqualTo(401);
	}

	private String codeNow(String secret) {
		return Totp.code(secret, clock.millis() / 1000 / 30);
	}

	private Api.Response signInWithCode(String code) {
		return people.anonymous()
			.post("/api/session", Map.of("email", member.email(), "password", People.PASSWORD, "code", code));
	}

	private static Map<String, Object> credentials(String email, String password) {
		return Map.of("email", email, "password", password);
	}

}
