package app.consilium.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.People;

/** Onboarding steps 1 and 2, optimistic locking on the profile, and the organization rules per side. */
@IntegrationTest
class OnboardingIT {

	@LocalServerPort
	int port;

	People people;

	Api admin;

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
	}

	@Test
	@DisplayName("a provider gives licence and specialties, then creates their practice")
	void providerOnboarding() {
		String cardiology = admin.post("/api/admin/specialties", Map.of("name", "Cardiology " + People.uniqueEmail("s")))
			.text("id");
		var provider = people.provider(admin).api();
		int version = provider.get("/api/session").body().path("version").asInt();

		var missingLicence = provider.put("/api/me/profile", Map.of("fullName", "Dr Paula Reyes"), ifMatch(version));
		assertThat(missingLicence.status()).isEqualTo(400);
		assertThat(missingLicence.body().path("errors").get(0).path("field").asString()).isEqualTo("licenceNumber");

		var profile = provider.put("/api/me/profile", Map.of("fullName", "Dr Paula Reyes", "title", "MD", "licenceNumber",
				"CA-12345", "bio", "Interventional cardiologist", "specialtyIds", List.of(cardiology)), ifMatch(version));
		assertThat(profile.status()).as(profile.raw()).isEqualTo(200);
		assertThat(profile.body().path("onboarding").path("profile").asBoolean()).isTrue();
		assertThat(profile.body().path("specialties").get(0).path("id").asString()).isEqualTo(cardiology);
		assertThat(profile.header("ETag")).isEqualTo("\"" + profile.body().path("version").asInt() + "\"");

		var practice = provider.put("/api/me/organization", Map.of("name", "Reyes Cardiology", "address", "1 Main St"),
				Map.of());
		assertThat(practice.status()).as(practice.raw()).isEqualTo(200);
		assertThat(practice.body().path("organization").path("kind").asString()).isEqualTo("PRACTICE");
		assertThat(practice.body().path("onboarding").path("organization").asBoolean()).isTrue();
		assertThat(practice.body().path("onboarding").path("complete").asBoolean())
			.as("encryption setup is still to come").isFalse();
	}

	@Test
	@DisplayName("a stale If-Match is refused with 412 and a missing one with 428; nothing is overwritten")
	void optimisticLocking() {
		var requester = people.requester(admin, people.organization(admin, "LAW_FIRM"), false).api();
		int version = requester.get("/api/session").body().path("version").asInt();
		assertThat(requester.put("/api/me/profile", Map.of("fullName", "First Edit"), ifMatch(version)).status())
			.isEqualTo(200);
		var stale = requester.put("/api/me/profile", Map.of("fullName", "Second Edit"), ifMatch(version));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(requester.put("/api/me/profile", Map.of("fullName", "No Precondition"), Map.of()).status())
			.isEqualTo(428);
		assertThat(requester.get("/api/session").text("fullName")).isEqualTo("First Edit");
	}

	@Test
	@DisplayName("a member who does not own the organization confirms it but cannot change it")
	void memberConfirmsOrganization() {
		var member = people.requester(admin, people.organization(admin, "CLINIC"), false).api();
		var me = member.get("/api/session");
		assertThat(me.body().path("mayEditOrganization").asBoolean()).isFalse();
		int organizationVersion = me.body().path("organization").path("version").asInt();
		assertThat(member.put("/api/me/organization", Map.of("name", "Renamed"), ifMatch(organizationVersion)).status())
			.isEqualTo(403);
		var confirmed = member.post("/api/me/onboarding/organization", null);
		assertThat(confirmed.body().path("onboarding").path("organization").asBoolean()).isTrue();
	}

	@Test
	@DisplayName("an owner edits the organization's details")
	void ownerEditsOrganization() {
		var owner = people.requester(admin, people.organization(admin, "HOSPITAL"), true).api();
		int version = owner.get("/api/session").body().path("organization").path("version").asInt();
		var saved = owner.put("/api/me/organization",
				Map.of("name", "St. Elsewhere Hospital", "phone", "+1 555 0100", "website", "https://elsewhere.example"),
				ifMatch(version));
		assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
		assertThat(saved.body().path("organization").path("name").asString()).isEqualTo("St. Elsewhere Hospital");
	}

	private static Map<String, String> ifMatch(int version) {
		return Map.of("If-Match", "\"" + version + "\"");
	}

}
