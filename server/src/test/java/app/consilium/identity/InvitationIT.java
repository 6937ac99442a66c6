package app.consilium.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
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

/** Invitations: emailed through SMTP, single use, expiring, and only into organizations one may invite into. */
@IntegrationTest
class InvitationIT {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	People people;

	Api admin;

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("the emailed link works once")
	void linkWorksOnce() {
		String email = People.uniqueEmail("once");
		String token = invite(email, "PROVIDER", null);
		var preview = people.anonymous().post("/api/invitations/lookup", Map.of("token", token));
		assertThat(preview.text("email")).isEqualTo(email);
		assertThat(preview.text("role")).isEqualTo("PROVIDER");

		assertThat(accept(token).status()).isEqualTo(201);
		var second = accept(token);
		assertThat(second.status()).isEqualTo(410);
		assertThat(second.text("detail")).contains("expired, was revoked or has already been used");
		assertThat(people.anonymous().post("/api/invitations/lookup", Map.of("token", token)).status()).isEqualTo(410);
	}

	@Test
	@DisplayName("the link expires after seven days")
	void linkExpires() {
		String token = invite(People.uniqueEmail("late"), "PROVIDER", null);
		clock.advance(Duration.ofDays(7).plusMinutes(1));
		assertThat(people.anonymous().post("/api/invitations/lookup", Map.of("token", token)).status()).isEqualTo(410);
		assertThat(accept(token).status()).isEqualTo(410);
	}

	@Test
	@DisplayName("a revoked invitation, or one replaced by a newer one, no longer works")
	void revokedAndReplaced() {
		String email = People.uniqueEmail("revoked");
		String first = invite(email, "PROVIDER", null);
		String second = invite(email, "PROVIDER", null);
		assertThat(accept(first).status()).isEqualTo(410);
		String id = admin.get("/api/admin/invitations").body().valueStream()
			.filter(i -> i.path("email").asString().equals(email) && i.path("status").asString().equals("PENDING"))
			.findFirst().orElseThrow().path("id").asString();
		assertThat(admin.delete("/api/admin/invitations/" + id).status()).isEqualTo(204);
		assertThat(accept(second).status()).isEqualTo(410);
	}

	@Test
	@DisplayName("the accepted account has the invited role and organization, and is signed in")
	void acceptedAccount() {
		String organization = people.organization(admin, "LAW_FIRM");
		var owner = people.requester(admin, organization, true);
		var me = owner.api().get("/api/session");
		assertThat(me.text("role")).isEqualTo("REQUESTER");
		assertThat(me.body().path("organization").path("id").asString()).isEqualTo(organization);
		assertThat(me.body().path("organizationOwner").asBoolean()).isTrue();
		assertThat(me.body().path("onboarding").path("complete").asBoolean()).isFalse();
	}

	@Test
	@DisplayName("a requester organization owner invites into their own organization and nowhere else")
	void ownerInvitesOnlyIntoOwnOrganization() {
		String own = people.organization(admin, "HOSPITAL");
		String other = people.organization(admin, "CLINIC");
		var owner = people.requester(admin, own, true);

		var colleague = people.invitedAndAccepted(owner.api(), "/api/organization/invitations",
				Map.of("email", People.uniqueEmail("colleague")));
		var colleagueMe = colleague.api().get("/api/session");
		assertThat(colleagueMe.body().path("organization").path("id").asString()).isEqualTo(own);
		assertThat(colleagueMe.body().path("organizationOwner").asBoolean()).isFalse();

		Map<String, Object> intoOther = new HashMap<>();
		intoOther.put("email", People.uniqueEmail("intruder"));
		intoOther.put("role", "REQUESTER");
		intoOther.put("organizationId", other);
		intoOther.put("organizationOwner", false);
		assertThat(owner.api().post("/api/admin/invitations", intoOther).status()).isEqualTo(403);
		var smuggled = owner.api().post("/api/organization/invitations",
				Map.of("email", People.uniqueEmail("intruder"), "organizationId", other));
		assertThat(smuggled.status()).isEqualTo(400);
		assertThat(colleague.api().post("/api/organization/invitations", Map.of("email", People.uniqueEmail("x")))
			.status()).as("a member who is not the owner").isEqualTo(403);

		var outsider = people.requester(admin, other, false);
		assertThat(owner.api().delete("/api/organization/members/" + outsider.id()).status()).isEqualTo(404);
		assertThat(owner.api().get("/api/organization/members").raw()).contains(colleague.email())
			.doesNotContain(outsider.email());
	}

	@Test
	@DisplayName("an owner removing a member deactivates them and ends their sessions")
	void ownerRemovesMember() {
		var owner = people.requester(admin, people.organization(admin, "INSURER"), true);
		var colleague = people.invitedAndAccepted(owner.api(), "/api/organization/invitations",
				Map.of("email", People.uniqueEmail("leaving")));
		assertThat(owner.api().delete("/api/organization/members/" + colleague.id()).status()).isEqualTo(204);
		assertThat(colleague.api().get("/api/session").status()).isEqualTo(401);
		assertThat(people.anonymous().post("/api/session", Map.of("email", colleague.email(), "password", People.PASSWORD))
			.status()).isEqualTo(403);
	}

	@Test
	@DisplayName("roles go with fitting organizations")
	void rolesAndOrganizations() {
		String practice = people.organization(admin, "PRACTICE");
		Map<String, Object> requesterIntoPractice = new HashMap<>();
		requesterIntoPractice.put("email", People.uniqueEmail("misplaced"));
		requesterIntoPractice.put("role", "REQUESTER");
		requesterIntoPractice.put("organizationId", practice);
		requesterIntoPractice.put("organizationOwner", false);
		var response = admin.post("/api/admin/invitations", requesterIntoPractice);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("organizationId");
	}

	private String invite(String email, String role, String organizationId) {
		Map<String, Object> invitation = new HashMap<>();
		invitation.put("email", email);
		invitation.put("role", role);
		invitation.put("organizationId", organizationId);
		invitation.put("organizationOwner", false);
		var sent = admin.post("/api/admin/invitations", invitation);
		assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
		assertThat(sent.body().path("link").isNull()).as("with SMTP the link goes by email only").isTrue();
		return People.tokenOf(TestMail.awaitLink(email, "invited"));
	}

	private Api.Response accept(String token) {
		return people.anonymous().post("/api/invitations/accept",
				Map.of("token", token, "fullName", "Invited Person", "password", People.PASSWORD));
	}

}
