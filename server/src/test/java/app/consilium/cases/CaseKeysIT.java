package app.consilium.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.consilium.crypto.AssociatedData;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.CaseKeyId;
import app.consilium.crypto.ContentEnvelope;
import app.consilium.crypto.Identity;
import app.consilium.crypto.KeyScope;
import app.consilium.crypto.Member;
import app.consilium.crypto.PublicKeys;
import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.KeyFixtures;
import app.consilium.testing.People;
import tools.jackson.databind.JsonNode;

/**
 * Case keys end to end at the API, with the browsers' part done by the Java crypto module: the creator
 * shares the first generation, a note sealed with it is read by the provider, a colleague without keys
 * waits, is granted by the creator once they have keys, and after being removed loses their grants while
 * the case moves to a new generation. The server refuses grants that are not what they claim.
 */
@IntegrationTest
class CaseKeysIT {

	@LocalServerPort
	int port;

	People people;

	Api admin;

	People.Member requester;

	People.Member provider;

	KeyFixtures.Material requesterKeys;

	KeyFixtures.Material providerKeys;

	String organization;

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
		organization = people.organization(admin, "LAW_FIRM");
		requester = people.requester(admin, organization, true);
		provider = people.provider(admin);
		requesterKeys = people.onboard(admin, requester, "Requester-passphrase-1!");
		providerKeys = people.onboard(admin, provider, "Provider-passphrase-2!");
	}

	@Test
	@DisplayName("the provider opens the case key and reads the requester's sealed note")
	void shareAndRead() {
		String caseId = createCase();
		assertThat(requester.api().get("/api/me/key-work").raw()).as("a new case has keys to make").contains(caseId);
		CaseKey key = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 1));
		postGeneration(caseId, key, requester, requesterKeys, List.of(member(requesterKeys), member(providerKeys)));

		String noteId = UUID.randomUUID().toString();
		byte[] sealed = ContentEnvelope.seal(key, new AssociatedData("note", noteId),
				"Patient reports chest pain since March.".getBytes(StandardCharsets.UTF_8));
		var note = requester.api().post("/api/cases/" + caseId + "/notes",
				Map.of("id", noteId, "visibility", "SHARED", "body", Base64Url.encode(sealed)));
		assertThat(note.status()).as(note.raw()).isEqualTo(201);
		var summary = requester.api().get("/api/cases/" + caseId).body().path("summary");
		assertThat(java.time.Instant.parse(summary.path("lastActivityAt").asString()))
			.as("a note moves the case's Last Activity")
			.isAfter(java.time.Instant.parse(summary.path("createdAt").asString()));

		CaseKey opened = openMyKey(provider, providerKeys, caseId, 1);
		JsonNode stored = provider.api().get("/api/cases/" + caseId + "/notes").body().get(0);
		byte[] plaintext = ContentEnvelope.open(opened, new AssociatedData("note", stored.path("id").asString()),
				Base64Url.decode(stored.path("body").asString()));
		assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo("Patient reports chest pain since March.");
	}

	@Test
	@DisplayName("a colleague waits for keys, is granted by a member's browser, and loses access when removed")
	void pendingFulfilmentAndRemoval() {
		String caseId = createCase();
		CaseKey key = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 1));
		postGeneration(caseId, key, requester, requesterKeys, List.of(member(requesterKeys), member(providerKeys)));

		var colleague = people.requester(admin, organization, false);
		assertThat(requester.api().post("/api/cases/" + caseId + "/collaborators", Map.of("accountId", colleague.id()))
			.status()).isEqualTo(201);
		assertThat(reasonFor(caseId, colleague.id())).isEqualTo("NO_KEYS");
		var status = admin.get("/api/admin/cases/" + caseId + "/key-status").body();
		assertThat(status.path("members").valueStream()
			.filter(m -> m.path("accountId").asString().equals(colleague.id()))
			.findFirst().orElseThrow().path("pending").get(0).path("reason").asString())
			.as("an admin sees who waits for a key, and why").isEqualTo("NO_KEYS");
		assertThat(admin.get("/api/cases/" + caseId + "/keys").status()).as("but is no member").isEqualTo(404);
		assertThat(requester.api().get("/api/me/pending-grants").raw()).doesNotContain(colleague.id());

		var colleagueKeys = people.onboard(admin, colleague, "Colleague-passphrase-3!");
		assertThat(reasonFor(caseId, colleague.id())).isEqualTo("NOT_YET_SHARED");
		JsonNode pending = findPending(requester.api().get("/api/me/pending-grants").body(), colleague.id());
		PublicKeys theirKeys = PublicKeys.decode(Base64Url.decode(pending.path("pending").path("recipientPublicKeys").asString()));
		byte[] grant = CaseKeyGrant.seal(key, identity(requesterKeys), new Member(colleague.id(), theirKeys));
		var fulfilled = requester.api().post("/api/cases/" + caseId + "/keys/grants", Map.of("grant", Base64Url.encode(grant)));
		assertThat(fulfilled.status()).as(fulfilled.raw()).isEqualTo(201);
		assertThat(openMyKey(colleague, colleagueKeys, caseId, 1).id()).isEqualTo(key.id());

		var replay = requester.api().post("/api/cases/" + caseId + "/keys/grants", Map.of("grant", Base64Url.encode(grant)));
		assertThat(replay.status()).isEqualTo(409);

		assertThat(requester.api().delete("/api/cases/" + caseId + "/collaborators/" + colleague.id()).status())
			.isEqualTo(204);
		assertThat(colleague.api().get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertThat(colleague.api().get("/api/cases/" + caseId + "/keys").status()).isEqualTo(404);
		var keys = requester.api().get("/api/cases/" + caseId + "/keys").body();
		assertThat(keys.path("generations").get(0).path("rotationRequested").asBoolean()).isTrue();

		CaseKey next = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 2));
		postGeneration(caseId, next, requester, requesterKeys, List.of(member(requesterKeys), member(providerKeys)));
		assertThat(requester.api().get("/api/cases/" + caseId + "/keys").body().path("generations").get(0)
			.path("rotationRequested").asBoolean()).isFalse();
		assertThat(openMyKey(provider, providerKeys, caseId, 2).id().generation()).isEqualTo(2);
	}

	@Test
	@DisplayName("grants that are not what they claim are refused and nothing is stored")
	void badGrants() {
		String caseId = createCase();
		CaseKey key = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 1));
		postGeneration(caseId, key, requester, requesterKeys, List.of(member(requesterKeys)));

		var outsider = people.provider(admin);
		var outsiderKeys = people.onboard(admin, outsider, "Outsider-passphrase-4!");
		byte[] toOutsider = CaseKeyGrant.seal(key, identity(requesterKeys), member(outsiderKeys));
		assertThat(requester.api().post("/api/cases/" + caseId + "/keys/grants",
				Map.of("grant", Base64Url.encode(toOutsider))).status()).as("a non-member recipient").isEqualTo(403);

		byte[] forged = CaseKeyGrant.seal(key, identity(providerKeys), member(providerKeys));
		assertThat(requester.api().post("/api/cases/" + caseId + "/keys/grants",
				Map.of("grant", Base64Url.encode(forged))).status()).as("signed by someone else's key").isEqualTo(403);

		String otherCase = createCase();
		CaseKey otherKey = CaseKey.generate(new CaseKeyId(otherCase, KeyScope.CASE, 1));
		byte[] wrongCase = CaseKeyGrant.seal(otherKey, identity(requesterKeys), member(providerKeys));
		assertThat(requester.api().post("/api/cases/" + caseId + "/keys/grants",
				Map.of("grant", Base64Url.encode(wrongCase))).status()).as("a grant for another case").isEqualTo(400);

		byte[] truncated = java.util.Arrays.copyOf(toOutsider, toOutsider.length - 3);
		assertThat(requester.api().post("/api/cases/" + caseId + "/keys/grants",
				Map.of("grant", Base64Url.encode(truncated))).status()).as("malformed").isEqualTo(400);

		assertThat(outsider.api().post("/api/cases/" + caseId + "/keys/grants",
				Map.of("grant", Base64Url.encode(toOutsider))).status()).as("an outsider posting").isEqualTo(404);
		assertThat(reasonFor(caseId, provider.id())).isEqualTo("NOT_YET_SHARED");

		CaseKey ghost = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 7));
		String noteId = UUID.randomUUID().toString();
		byte[] sealed = ContentEnvelope.seal(ghost, new AssociatedData("note", noteId), new byte[] { 1 });
		assertThat(requester.api().post("/api/cases/" + caseId + "/notes",
				Map.of("id", noteId, "visibility", "SHARED", "body", Base64Url.encode(sealed))).status())
			.as("a note sealed with a generation that does not exist").isEqualTo(400);
	}

	@Test
	@DisplayName("each side's memo key is for that side alone: never granted, shown or made across, and re-keyed only when its holder leaves")
	void memoKeysStayOnTheirSide() {
		String caseId = createCase();
		postGeneration(caseId, CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 1)), requester, requesterKeys,
				List.of(member(requesterKeys), member(providerKeys)));
		postGeneration(caseId, CaseKey.generate(new CaseKeyId(caseId, KeyScope.CHAT, 1)), requester, requesterKeys,
				List.of(member(requesterKeys), member(providerKeys)));
		CaseKey requesterMemos = CaseKey.generate(new CaseKeyId(caseId, KeyScope.REQUESTER_MEMOS, 1));
		CaseKey providerMemos = CaseKey.generate(new CaseKeyId(caseId, KeyScope.PROVIDER_MEMOS, 1));

		var toBothSides = requester.api().post("/api/cases/" + caseId + "/keys/generations",
				Map.of("scope", "REQUESTER_MEMOS", "generation", 1, "grants",
						List.of(grant(requesterMemos, requesterKeys, requesterKeys),
								grant(requesterMemos, requesterKeys, providerKeys))));
		assertThat(toBothSides.status()).as(toBothSides.raw()).isEqualTo(403);
		assertThat(toBothSides.text("type")).endsWith("/recipient-not-entitled");
		assertThat(requester.api().get("/api/cases/" + caseId + "/keys").body().path("generations").valueStream()
			.map(g -> g.path("scope").asString())).as("the refused generation left nothing").containsExactly("CASE", "CHAT");
		assertThat(requester.api().get("/api/me/key-work").raw()).as("the requester side's memo key is still to make")
			.contains(caseId);

		postGeneration(caseId, requesterMemos, requester, requesterKeys, List.of(member(requesterKeys)));
		assertThat(requester.api().post("/api/cases/" + caseId + "/keys/grants",
				Map.of("grant", grant(requesterMemos, requesterKeys, providerKeys))).status())
			.as("nor shared to the provider afterwards").isEqualTo(403);
		var made = provider.api().post("/api/cases/" + caseId + "/keys/generations", Map.of("scope", "REQUESTER_MEMOS",
				"generation", 2, "grants", List.of(grant(
						CaseKey.generate(new CaseKeyId(caseId, KeyScope.REQUESTER_MEMOS, 2)), providerKeys, providerKeys))));
		assertThat(made.status()).as("nor replaced by the provider").isEqualTo(403);
		assertThat(made.text("type")).endsWith("/not-entitled");
		assertThat(provider.api().get("/api/me/key-work").raw()).as("the provider's memo key is to make").contains(caseId);
		postGeneration(caseId, providerMemos, provider, providerKeys, List.of(member(providerKeys)));
		assertThat(provider.api().get("/api/me/key-work").raw())
			.as("the provider has every key of theirs, whatever the requester side has").doesNotContain(caseId);

		JsonNode providerView = provider.api().get("/api/cases/" + caseId + "/keys").body();
		assertThat(providerView.path("scopes").valueStream().map(JsonNode::asString))
			.containsExactly("CASE", "CHAT", "PROVIDER_MEMOS");
		assertThat(providerView.toString()).as("the provider is not even told the other memo key exists")
			.doesNotContain("REQUESTER_MEMOS");
		JsonNode requesterView = requester.api().get("/api/cases/" + caseId + "/keys").body();
		assertThat(requesterView.path("scopes").valueStream().map(JsonNode::asString))
			.containsExactly("CASE", "CHAT", "REQUESTER_MEMOS");
		assertThat(requesterView.toString()).doesNotContain("PROVIDER_MEMOS");

		var colleague = people.requester(admin, organization, false);
		assertThat(requester.api().post("/api/cases/" + caseId + "/collaborators", Map.of("accountId", colleague.id()))
			.status()).isEqualTo(201);
		var colleagueKeys = people.onboard(admin, colleague, "Colleague-passphrase-3!");
		assertThat(requester.api().post("/api/cases/" + caseId + "/keys/grants",
				Map.of("grant", grant(requesterMemos, requesterKeys, colleagueKeys))).status()).isEqualTo(201);
		assertThat(requester.api().delete("/api/cases/" + caseId + "/collaborators/" + colleague.id()).status())
			.isEqualTo(204);
		assertThat(rotationRequested(requester, caseId, "REQUESTER_MEMOS")).as("the colleague held it").isTrue();
		assertThat(rotationRequested(provider, caseId, "PROVIDER_MEMOS")).as("the colleague never held it").isFalse();
		assertThat(rotationRequested(provider, caseId, "CASE")).isTrue();
	}

	private static String grant(CaseKey key, KeyFixtures.Material granter, KeyFixtures.Material recipient) {
		return Base64Url.encode(CaseKeyGrant.seal(key, identity(granter), member(recipient)));
	}

	private static boolean rotationRequested(People.Member who, String caseId, String scope) {
		return who.api().get("/api/cases/" + caseId + "/keys").body().path("generations").valueStream()
			.filter(g -> g.path("scope").asString().equals(scope))
			.findFirst()
			.orElseThrow()
			.path("rotationRequested")
			.asBoolean();
	}

	private String createCase() {
		var created = requester.api().post("/api/cases",
				Map.of("name", "Smith v. Mercy Hospital", "engagementType", "EXPERT_ENGAGEMENT", "providerId", provider.id(),
						"expertService", "RECORD_REVIEW"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().path("summary").path("id").asString();
	}

	private void postGeneration(String caseId, CaseKey key, People.Member granter, KeyFixtures.Material granterKeys,
			List<Member> recipients) {
		List<String> grants = recipients.stream()
			.map(r -> Base64Url.encode(CaseKeyGrant.seal(key, identity(granterKeys), r)))
			.toList();
		var response = granter.api().post("/api/cases/" + caseId + "/keys/generations",
				Map.of("scope", key.id().scope().name(), "generation", key.id().generation(), "grants", grants));
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
	}

	private CaseKey openMyKey(People.Member who, KeyFixtures.Material keys, String caseId, int generation) {
		JsonNode held = who.api().get("/api/cases/" + caseId + "/keys").body().path("grants").valueStream()
			.filter(g -> g.path("generation").asInt() == generation)
			.findFirst()
			.orElseThrow();
		var granter = new Member(held.path("granterId").asString(),
				PublicKeys.decode(Base64Url.decode(held.path("granterPublicKeys").asString())));
		return CaseKeyGrant.open(Base64Url.decode(held.path("grant").asString()),
				new CaseKeyId(caseId, KeyScope.CASE, generation), identity(keys), granter);
	}

	private String reasonFor(String caseId, String accountId) {
		return requester.api().get("/api/cases/" + caseId + "/keys").body().path("pending").valueStream()
			.filter(p -> p.path("recipientId").asString().equals(accountId))
			.findFirst()
			.map(p -> p.path("reason").asString())
			.orElse("NONE");
	}

	private static JsonNode findPending(JsonNode list, String accountId) {
		return list.valueStream()
			.filter(p -> p.path("pending").path("recipientId").asString().equals(accountId))
			.findFirst()
			.orElseThrow();
	}

	private static Identity identity(KeyFixtures.Material keys) {
		return new Identity(keys.accountId(), keys.keyPair());
	}

	private static Member member(KeyFixtures.Material keys) {
		return new Member(keys.accountId(), keys.keyPair().publicKeys());
	}

}
