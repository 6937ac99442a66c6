package app.consilium.patients;

import static app.consilium.testing.People.ifMatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.CaseKeyId;
import app.consilium.crypto.KeyScope;
import app.consilium.crypto.SecretBytes;
import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.KeyFixtures;
import app.consilium.testing.OrganizationKeys;
import app.consilium.testing.People;
import app.consilium.testing.SecretScanner;
import tools.jackson.databind.JsonNode;

/**
 * Patients at the API, with the browsers' part done by the Java crypto module: the organization's
 * patients key shared among its requesters, patients created, edited, deactivated and found, and everyone
 * else kept out. Nothing of the personal details reaches the database in the clear.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientsIT {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	PatientDirectory directory;

	People people;

	Api admin;

	String organization;

	People.Member alice;

	People.Member bob;

	People.Member outsider;

	People.Member provider;

	KeyFixtures.Material aliceKeys;

	KeyFixtures.Material bobKeys;

	KeyFixtures.Material outsiderKeys;

	KeyFixtures.Material providerKeys;

	CaseKey key;

	@BeforeAll
	void setUp() {
		people = new People(port);
		admin = people.admin();
		organization = people.organization(admin, "LAW_FIRM");
		alice = people.requester(admin, organization, true);
		bob = people.requester(admin, organization, false);
		aliceKeys = people.onboard(admin, alice, "Alice-passphrase-1!");
		bobKeys = people.onboard(admin, bob, "Bob-passphrase-2!");
		outsider = people.requester(admin, people.organization(admin, "HOSPITAL"), true);
		outsiderKeys = people.onboard(admin, outsider, "Outsider-passphrase-3!");
		provider = people.provider(admin);
		providerKeys = people.onboard(admin, provider, "Provider-passphrase-4!");
		key = OrganizationKeys.generate(organization, 1);
		OrganizationKeys.createGeneration(alice.api(), key, aliceKeys, List.of(aliceKeys, bobKeys));
	}

	@Test
	@DisplayName("a colleague opens the patients key and reads the details; edits and status changes need the current version")
	void lifecycle() {
		UUID id = UUID.randomUUID();
		var created = alice.api().post("/api/patients", Map.of("id", id, "details", details(id, "Jane Roe")));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(created.text("reference")).matches("P-\\d{6}");
		assertThat(created.text("status")).isEqualTo("ACTIVE");
		assertThat(created.body().path("generation").asInt()).isEqualTo(1);

		CaseKey bobsKey = OrganizationKeys.openMine(bob.api(), bobKeys, 1);
		JsonNode read = bob.api().get("/api/patients/" + id).body();
		assertThat(OrganizationKeys.open(bobsKey, read)).contains("Jane Roe");

		String path = "/api/patients/" + id;
		assertThat(bob.api().put(path, Map.of("details", details(id, "Jane Q. Roe")), Map.of()).status())
			.as("no If-Match").isEqualTo(428);
		var edited = bob.api().put(path, Map.of("details", details(id, "Jane Q. Roe")), ifMatch(0));
		assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
		assertThat(edited.header("ETag")).isEqualTo("\"1\"");
		assertThat(edited.text("updatedBy")).isEqualTo(bob.id());
		assertThat(alice.api().put(path, Map.of("details", details(id, "Lost update")), ifMatch(0)).status())
			.as("a stale version").isEqualTo(412);
		assertThat(OrganizationKeys.open(key, alice.api().get(path).body())).contains("Jane Q. Roe");

		assertThat(alice.api().postWith(path + "/deactivate", null, Map.of()).status()).isEqualTo(428);
		var inactive = alice.api().postWith(path + "/deactivate", null, ifMatch(1));
		assertThat(inactive.status()).as(inactive.raw()).isEqualTo(200);
		assertThat(inactive.text("status")).isEqualTo("INACTIVE");
		assertThat(directory.find(id)).as("what the cases module sees")
			.contains(new PatientRef(id, created.text("reference"), UUID.fromString(organization), false));
		assertThat(alice.api().postWith(path + "/deactivate", null, ifMatch(2)).status()).isEqualTo(409);
		assertThat(alice.api().postWith(path + "/reactivate", null, ifMatch(1)).status()).isEqualTo(412);
		assertThat(alice.api().postWith(path + "/reactivate", null, ifMatch(2)).text("status")).isEqualTo("ACTIVE");
		assertThat(directory.find(id).map(PatientRef::active)).contains(true);
		assertThat(directory.find(UUID.randomUUID())).isEmpty();
	}

	@Test
	@DisplayName("GET /api/patients?reference= finds one patient of my organization, by its reference only")
	void searchByReference() {
		JsonNode patient = create(alice, "Reference Search");
		String reference = patient.path("reference").asString();
		var found = bob.api().get("/api/patients?reference=" + reference.toLowerCase());
		assertThat(found.body().path("items").size()).isEqualTo(1);
		assertThat(found.body().path("items").get(0).path("id").asString()).isEqualTo(patient.path("id").asString());
		assertThat(outsider.api().get("/api/patients?reference=" + reference).body().path("items").size())
			.as("another organization's patient").isZero();
		var malformed = bob.api().get("/api/patients?reference=Jane");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.raw()).contains("reference");
		assertThat(bob.api().get("/api/patients?status=INACTIVE").body().path("items").valueStream()
			.noneMatch(p -> p.path("id").asString().equals(patient.path("id").asString()))).isTrue();
	}

	@Test
	@DisplayName("lists are keyset pages in reference order, filtered by status")
	void pagination() {
		var org = people.organization(admin, "INSURER");
		var owner = people.requester(admin, org, true);
		var ownerKeys = people.onboard(admin, owner, "Owner-passphrase-5!");
		CaseKey orgKey = OrganizationKeys.generate(org, 1);
		OrganizationKeys.createGeneration(owner.api(), orgKey, ownerKeys, List.of(ownerKeys));
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			UUID id = UUID.randomUUID();
			var response = owner.api()
				.post("/api/patients", Map.of("id", id, "details", OrganizationKeys.seal(orgKey, id, "{\"n\":" + i + "}")));
			created.add(response.text("reference"));
		}
		List<String> seen = new ArrayList<>();
		String after = "";
		int pages = 0;
		do {
			JsonNode page = owner.api().get("/api/patients?limit=2&after=" + after).body();
			page.path("items").forEach(p -> seen.add(p.path("reference").asString()));
			after = page.path("next").isNull() ? null : page.path("next").asString();
			pages++;
		}
		while (after != null);
		assertThat(seen).containsExactlyElementsOf(created);
		assertThat(pages).isEqualTo(3);
		JsonNode first = owner.api().get("/api/patients?limit=1").body().path("items").get(0);
		owner.api().postWith("/api/patients/" + first.path("id").asString() + "/deactivate", null, ifMatch(0));
		assertThat(owner.api().get("/api/patients?status=INACTIVE").body().path("items").size()).isEqualTo(1);
		assertThat(owner.api().get("/api/patients?status=ACTIVE").body().path("items").size()).isEqualTo(4);
		assertThat(owner.api().get("/api/patients?limit=0").status()).isEqualTo(400);
		assertThat(owner.api().get("/api/patients?limit=501").status()).isEqualTo(400);
		assertThat(owner.api().get("/api/patients?after=nope").status()).isEqualTo(400);
	}

	@Test
	@DisplayName("invalid patients are refused with the offending field named")
	void validation() {
		UUID id = UUID.randomUUID();
		var missing = alice.api().post("/api/patients", Map.of("id", id));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.raw()).contains("details");
		var garbage = alice.api().post("/api/patients", Map.of("id", id, "details", Base64Url.encode(new byte[] { 9, 9, 9 })));
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(garbage.raw()).contains("details").contains("Not a sealed envelope");
		CaseKey ghost = OrganizationKeys.generate(organization, 9);
		var unknownGeneration = alice.api()
			.post("/api/patients", Map.of("id", id, "details", OrganizationKeys.seal(ghost, id, "{}")));
		assertThat(unknownGeneration.status()).isEqualTo(400);
		assertThat(unknownGeneration.raw()).contains("does not have");
		var noId = new HashMap<String, Object>();
		noId.put("details", details(id, "No Id"));
		assertThat(alice.api().post("/api/patients", noId).status()).isEqualTo(400);
		JsonNode existing = create(alice, "Twice");
		UUID existingId = UUID.fromString(existing.path("id").asString());
		assertThat(alice.api().post("/api/patients", Map.of("id", existingId, "details", details(existingId, "Twice")))
			.status()).isEqualTo(409);
		assertThat(alice.api().get("/api/patients/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("only requesters of the owning organization see or change a patient; others get 404, lists 403")
	void authorizationMatrix() {
		JsonNode patient = create(alice, "Matrix Patient");
		String path = "/api/patients/" + patient.path("id").asString();
		String body = patient.path("details").asString();
		Api anonymous = people.anonymous();
		for (var who : Map.of("another organization's requester", outsider.api(), "a provider", provider.api(),
				"an admin", admin).entrySet()) {
			Api api = who.getValue();
			assertThat(api.get(path).status()).as(who.getKey()).isEqualTo(404);
			assertThat(api.put(path, Map.of("details", body), ifMatch(0)).status()).as(who.getKey()).isEqualTo(404);
			assertThat(api.postWith(path + "/deactivate", null, ifMatch(0)).status()).as(who.getKey()).isEqualTo(404);
			assertThat(api.postWith(path + "/reactivate", null, ifMatch(0)).status()).as(who.getKey()).isEqualTo(404);
			assertThat(api.get("/api/patients").raw()).as(who.getKey()).doesNotContain(patient.path("id").asString());
		}
		assertThat(outsider.api().get("/api/patients").status()).isEqualTo(200);
		for (Api notRequester : List.of(provider.api(), admin)) {
			assertThat(notRequester.get("/api/patients").status()).isEqualTo(403);
			assertThat(notRequester.get("/api/organization/patient-keys").status()).isEqualTo(403);
			UUID id = UUID.randomUUID();
			assertThat(notRequester.post("/api/patients", Map.of("id", id, "details", details(id, "X"))).status())
				.isEqualTo(403);
		}
		assertThat(anonymous.get(path).status()).isEqualTo(401);
		assertThat(anonymous.get("/api/patients").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/organization/patient-keys").status()).isEqualTo(401);
		assertThat(alice.api().get(path).status()).isEqualTo(200);
		assertThat(bob.api().get(path).status()).isEqualTo(200);
	}

	@Test
	@DisplayName("patients-key grants that are not what they claim are refused")
	void badGrants() {
		var newcomer = people.requester(admin, organization, false);
		var newcomerKeys = people.onboard(admin, newcomer, "Newcomer-passphrase-6!");
		assertThat(reasonFor(alice.api(), newcomer.id())).isEqualTo("NOT_YET_SHARED");
		String grants = "/api/organization/patient-keys/grants";

		var toProvider = alice.api().post(grants, Map.of("grant", OrganizationKeys.grant(key, aliceKeys, providerKeys)));
		assertThat(toProvider.status()).as("a provider").isEqualTo(403);
		assertThat(alice.api().post(grants, Map.of("grant", OrganizationKeys.grant(key, aliceKeys, outsiderKeys))).status())
			.as("a requester of another organization").isEqualTo(403);

		CaseKey otherOrganization = OrganizationKeys.generate(people.organization(admin, "CLINIC"), 1);
		assertThat(alice.api().post(grants,
				Map.of("grant", OrganizationKeys.grant(otherOrganization, aliceKeys, newcomerKeys))).status())
			.as("a key of another organization").isEqualTo(400);

		CaseKey caseScope = CaseKey.generate(new CaseKeyId(organization, KeyScope.CASE, 1));
		assertThat(alice.api().post(grants,
				Map.of("grant", Base64Url.encode(CaseKeyGrant.seal(caseScope, OrganizationKeys.identity(aliceKeys),
						OrganizationKeys.member(newcomerKeys))))).status())
			.as("the organization id under another scope").isEqualTo(400);

		assertThat(alice.api().post(grants, Map.of("grant", OrganizationKeys.grant(key, bobKeys, newcomerKeys))).status())
			.as("signed by someone else").isEqualTo(403);
		assertThat(outsider.api().post(grants, Map.of("grant", OrganizationKeys.grant(key, outsiderKeys, newcomerKeys)))
			.status()).as("posted to the outsider's own organization").isEqualTo(400);
		assertThat(newcomer.api().post(grants, Map.of("grant", OrganizationKeys.grant(key, newcomerKeys, newcomerKeys)))
			.status()).as("sharing a key one does not hold").isEqualTo(403);
		assertThat(provider.api().post(grants, Map.of("grant", OrganizationKeys.grant(key, providerKeys, newcomerKeys)))
			.status()).as("a provider posting").isEqualTo(403);
		assertThat(OrganizationKeys.postGeneration(newcomer.api(), OrganizationKeys.generate(organization, 1), newcomerKeys,
				List.of(newcomerKeys)).status()).as("generation 1 exists already").isEqualTo(409);
		assertThat(reasonFor(alice.api(), newcomer.id())).isEqualTo("NOT_YET_SHARED");

		String grant = OrganizationKeys.grant(key, bobKeys, newcomerKeys);
		assertThat(bob.api().post(grants, Map.of("grant", grant)).status()).isEqualTo(201);
		assertThat(bob.api().post(grants, Map.of("grant", grant)).status()).as("already granted").isEqualTo(409);
		assertThat(OrganizationKeys.openMine(newcomer.api(), newcomerKeys, 1).id()).isEqualTo(key.id());
		assertThat(reasonFor(alice.api(), newcomer.id())).isEqualTo("NONE");
	}

	@Test
	@DisplayName("a requester removed from the organization loses their grants and the key is rotated without them")
	void rotationOnRemoval() {
		var org = people.organization(admin, "LAW_FIRM");
		var owner = people.requester(admin, org, true);
		var leaver = people.requester(admin, org, false);
		var ownerKeys = people.onboard(admin, owner, "Owner-passphrase-7!");
		var leaverKeys = people.onboard(admin, leaver, "Leaver-passphrase-8!");
		OrganizationKeys.createGeneration(owner.api(), OrganizationKeys.generate(org, 1), ownerKeys,
				List.of(ownerKeys, leaverKeys));
		assertThat(OrganizationKeys.openMine(leaver.api(), leaverKeys, 1)).isNotNull();

		assertThat(owner.api().delete("/api/organization/members/" + leaver.id()).status()).isEqualTo(204);
		JsonNode view = owner.api().get("/api/organization/patient-keys").body();
		assertThat(view.path("generations").get(0).path("rotationRequested").asBoolean()).isTrue();
		assertThat(view.path("members").valueStream().map(m -> m.path("accountId").asString())).doesNotContain(leaver.id());
		assertThat(people.anonymous().post("/api/session", Map.of("email", leaver.email(), "password", People.PASSWORD))
			.status()).isNotEqualTo(200);
		Integer leftGrants = JdbcClient.create(dataSource)
			.sql("select count(*) from organization_key_grant where recipient_id = ?")
			.param(UUID.fromString(leaver.id()))
			.query(Integer.class)
			.single();
		assertThat(leftGrants).isZero();

		assertThat(OrganizationKeys.postGeneration(owner.api(), OrganizationKeys.generate(org, 2), ownerKeys,
				List.of(ownerKeys, leaverKeys)).status()).as("not to the one who left").isEqualTo(403);
		OrganizationKeys.createGeneration(owner.api(), OrganizationKeys.generate(org, 2), ownerKeys, List.of(ownerKeys));
		JsonNode after = owner.api().get("/api/organization/patient-keys").body();
		assertThat(after.path("generations").get(0).path("latest").asInt()).isEqualTo(2);
		assertThat(after.path("generations").get(0).path("rotationRequested").asBoolean()).isFalse();
	}

	@Test
	@DisplayName("no personal detail of a patient reaches the database in any encoding")
	void noPlaintextInTheDatabase() {
		String name = "Zebulon Quartermaine-" + UUID.randomUUID().toString().substring(0, 8);
		String mrn = "MRN-" + UUID.randomUUID().toString().substring(0, 10);
		UUID id = UUID.randomUUID();
		String json = "{\"v\":1,\"fullName\":\"" + name + "\",\"dateOfBirth\":\"1961-07-04\",\"mrn\":\"" + mrn
				+ "\",\"phone\":\"+1 555 0199 7734\"}";
		assertThat(alice.api().post("/api/patients", Map.of("id", id, "details", OrganizationKeys.seal(key, id, json)))
			.status()).isEqualTo(201);
		byte[] database = SecretScanner.dump(dataSource);
		assertThat(new SecretScanner().secret("email", alice.email()).foundIn(database)).as("the scan works").isNotEmpty();
		assertThat(new SecretScanner().secret("name", name)
			.secret("MRN", mrn)
			.secret("phone", "+1 555 0199 7734")
			.secret("details", json)
			.secret("patients key", SecretBytes.caseKey(key))
			.foundIn(database)).isEmpty();
	}

	private JsonNode create(People.Member who, String name) {
		UUID id = UUID.randomUUID();
		var response = who.api().post("/api/patients", Map.of("id", id, "details", details(id, name)));
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
		return response.body();
	}

	private String details(UUID id, String name) {
		return OrganizationKeys.seal(key, id, "{\"v\":1,\"fullName\":\"" + name + "\"}");
	}

	private static String reasonFor(Api api, String accountId) {
		return api.get("/api/organization/patient-keys").body().path("pending").valueStream()
			.filter(p -> p.path("recipientId").asString().equals(accountId))
			.findFirst()
			.map(p -> p.path("reason").asString())
			.orElse("NONE");
	}

}
