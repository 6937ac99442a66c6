package app.consilium.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the people a test needs through the real API: the first admin (with the setup token), then
 * organizations and invited, onboarded requesters and providers. Every name and address is unique, so
 * tests sharing an application context never collide.
 */
public class People {

	public static final String ADMIN_EMAIL = "admin@consilium.test";

	public static final String PASSWORD = "Correct-Horse-Battery-42";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final int port;

	public People(int port) {
		this.port = port;
	}

	public Api anonymous() {
		return new Api(port);
	}

	/** The first administrator, created with the setup token the first time a context asks. */
	public synchronized Api admin() {
		Api api = new Api(port);
		if (api.get("/api/setup").body().path("required").asBoolean()) {
			var created = api.post("/api/setup", Map.of("token", TestEnvironment.SETUP_TOKEN, "email", ADMIN_EMAIL,
					"fullName", "Ada Admin", "password", PASSWORD));
			assertThat(created.status()).as(created.raw()).isEqualTo(201);
			return api;
		}
		return signIn(ADMIN_EMAIL, PASSWORD);
	}

	public Api signIn(String email, String password) {
		Api api = new Api(port);
		var response = api.post("/api/session", Map.of("email", email, "password", password));
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return api;
	}

	public static String uniqueEmail(String who) {
		return who + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6)
				+ "@example.org";
	}

	public String organization(Api admin, String kind) {
		var response = admin.post("/api/admin/organizations",
				Map.of("name", kind + " " + UUID.randomUUID().toString().substring(0, 8), "kind", kind));
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.text("id");
	}

	/** Invites by email (through the real SMTP server) and accepts from the link; returns the signed-in client. */
	public Member invitedAndAccepted(Api inviter, String invitePath, Map<String, Object> invitation) {
		var sent = inviter.post(invitePath, invitation);
		assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
		String email = (String) invitation.get("email");
		String token = tokenOf(TestMail.awaitLink(email, "invited"));
		Api api = new Api(port);
		var accepted = api.post("/api/invitations/accept",
				Map.of("token", token, "fullName", "Person " + email.substring(0, email.indexOf('@')), "password", PASSWORD));
		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
		return new Member(api, accepted.text("id"), email);
	}

	public Member requester(Api admin, String organizationId, boolean owner) {
		Map<String, Object> invitation = new HashMap<>();
		invitation.put("email", uniqueEmail("requester"));
		invitation.put("role", "REQUESTER");
		invitation.put("organizationId", organizationId);
		invitation.put("organizationOwner", owner);
		return invitedAndAccepted(admin, "/api/admin/invitations", invitation);
	}

	public Member provider(Api admin) {
		Map<String, Object> invitation = new HashMap<>();
		invitation.put("email", uniqueEmail("provider"));
		invitation.put("role", "PROVIDER");
		invitation.put("organizationId", null);
		invitation.put("organizationOwner", false);
		return invitedAndAccepted(admin, "/api/admin/invitations", invitation);
	}

	/**
	 * Completes onboarding through the API: profile (providers with a licence and a specialty), organization
	 * or practice, and encryption setup with real key material; returns the material with its secrets.
	 */
	public KeyFixtures.Material onboard(Api admin, Member member, String passphrase) {
		return onboard(admin, member, passphrase, null);
	}

	/** Onboarding as above, a provider with the given specialty (null: a new one of their own). */
	public KeyFixtures.Material onboard(Api admin, Member member, String passphrase, String specialtyId) {
		completeProfileAndOrganization(admin, member, specialtyId);
		var material = KeyFixtures.setUp(member.id(), passphrase);
		var keys = member.api().put("/api/me/keys", material.body(), Map.of());
		assertThat(keys.status()).as(keys.raw()).isEqualTo(201);
		return material;
	}

	/** Onboarding steps 1 and 2, leaving encryption setup (step 3) to the test. */
	public void completeProfileAndOrganization(Api admin, Member member) {
		completeProfileAndOrganization(admin, member, null);
	}

	private void completeProfileAndOrganization(Api admin, Member member, String specialtyId) {
		var me = member.api().get("/api/session").body();
		Map<String, Object> profile = new HashMap<>();
		profile.put("fullName", "Onboarded " + member.email().substring(0, member.email().indexOf('@')));
		if ("PROVIDER".equals(me.path("role").asString())) {
			String specialty = specialtyId != null ? specialtyId : specialty(admin, "Specialty " + UUID.randomUUID());
			profile.put("licenceNumber", "LIC-" + UUID.randomUUID().toString().substring(0, 6));
			profile.put("specialtyIds", java.util.List.of(specialty));
		}
		var saved = member.api().put("/api/me/profile", profile, ifMatch(me.path("version").asInt()));
		assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
		var organization = saved.body().path("organization");
		var step2 = organization.isNull() || organization.isMissingNode()
				? member.api().put("/api/me/organization", Map.of("name", "Practice " + member.email()), Map.of())
				: member.api().post("/api/me/onboarding/organization", null);
		assertThat(step2.status()).as(step2.raw()).isEqualTo(200);
	}

	public String specialty(Api admin, String name) {
		var created = admin.post("/api/admin/specialties", Map.of("name", name));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.text("id");
	}

	public static Map<String, String> ifMatch(int version) {
		return Map.of("If-Match", "\"" + version + "\"");
	}

	public static String tokenOf(String link) {
		return link.substring(link.indexOf("#token=") + "#token=".length());
	}

	/** A signed-in person: their client, account id and email. */
	public record Member(Api api, String id, String email) {
	}

}
