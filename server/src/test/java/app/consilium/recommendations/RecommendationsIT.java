package app.consilium.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.consilium.crypto.AssociatedData;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.CaseKeyId;
import app.consilium.crypto.ContentEnvelope;
import app.consilium.crypto.Identity;
import app.consilium.crypto.KeyScope;
import app.consilium.crypto.Member;
import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.KeyFixtures;
import app.consilium.testing.OrganizationKeys;
import app.consilium.testing.People;
import app.consilium.testing.SecretScanner;
import tools.jackson.databind.JsonNode;

/**
 * The recommendation of a second opinion at the API, with the browser's sealing done by the Java crypto
 * module: the provider drafts and submits, which makes the case Done; the requester side reads it, gives
 * feedback and asks for clarification, which the provider answers while the case stays Done. No text
 * reaches the database in the clear.
 */
@IntegrationTest
class RecommendationsIT {

	private static final String TEXT = "{\"summary\":\"Stable angina, low risk\",\"impression\":\"CCS class II\"}";

	private static final String FINAL_TEXT = "{\"summary\":\"Stable angina; angiography not indicated now\"}";

	private static final String COMMENTS = "Clear and helpful, thank you.";

	private static final String QUESTION = "Would you repeat the stress test in six months?";

	private static final String ANSWER = "Only if the symptoms change.";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	Api admin;

	People.Member requester;

	People.Member collaborator;

	People.Member provider;

	String caseId;

	CaseKey caseKey;

	@BeforeEach
	void setUp() {
		People people = new People(port);
		admin = people.admin();
		String hospital = people.organization(admin, "HOSPITAL");
		requester = people.requester(admin, hospital, true);
		KeyFixtures.Material requesterKeys = people.onboard(admin, requester, "Requester-passphrase-1!");
		collaborator = people.requester(admin, hospital, false);
		KeyFixtures.Material collaboratorKeys = people.onboard(admin, collaborator, "Collaborator-passphrase-2!");
		CaseKey patientsKey = OrganizationKeys.generate(hospital, 1);
		OrganizationKeys.createGeneration(requester.api(), patientsKey, requesterKeys, List.of(requesterKeys));
		String patient = OrganizationKeys.newPatient(requester.api(), patientsKey, "Jane Roe");
		String cardiology = people.specialty(admin, "Cardiology " + UUID.randomUUID());
		provider = people.provider(admin);
		KeyFixtures.Material providerKeys = people.onboard(admin, provider, "Provider-passphrase-3!", cardiology);

		var created = requester.api().post("/api/cases", Map.of("engagementType", "SECOND_OPINION", "name",
				"Chest pain, 54 y", "patientId", patient, "specialtyId", cardiology, "urgency", "URGENT", "dueDate",
				LocalDate.now().plusDays(14).toString()));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		caseId = created.body().path("summary").path("id").asString();
		assertThat(requester.api().post("/api/cases/" + caseId + "/collaborators",
				Map.of("accountId", collaborator.id())).status()).isEqualTo(201);
		transition(admin, "/api/admin/cases/", Map.of("action", "ASSIGN", "providerId", provider.id()));
		transition(provider.api(), "/api/cases/", Map.of("action", "ACCEPT"));
		transition(provider.api(), "/api/cases/", Map.of("action", "START"));

		caseKey = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 1));
		var granter = new Identity(requesterKeys.accountId(), requesterKeys.keyPair());
		List<String> grants = Stream.of(requesterKeys, collaboratorKeys, providerKeys)
			.map(k -> Base64Url.encode(CaseKeyGrant.seal(caseKey, granter, new Member(k.accountId(),
					k.keyPair().publicKeys()))))
			.toList();
		assertThat(requester.api().post("/api/cases/" + caseId + "/keys/generations",
				Map.of("scope", "CASE", "generation", 1, "grants", grants)).status()).isEqualTo(201);
	}

	@Test
	@DisplayName("drafts are the provider's, a lost update is 412, submission makes the case Done and the text final")
	void draftAndSubmit() {
		int trail = activities(requester.api()).size();
		var first = saveDraft(provider.api(), TEXT, List.of(), 0);
		assertThat(first.status()).as(first.raw()).isEqualTo(200);
		assertThat(first.header("ETag")).isEqualTo("\"1\"");
		assertThat(first.text("status")).isEqualTo("DRAFT");
		var lost = saveDraft(provider.api(), "{\"summary\":\"written in another tab\"}", List.of(), 0);
		assertThat(lost.status()).as("a second first save, based on nothing").isEqualTo(412);
		assertThat(saveDraft(provider.api(), TEXT, List.of(), 1).header("ETag")).isEqualTo("\"2\"");
		assertThat(saveDraft(provider.api(), TEXT, List.of(), 1).status()).as("based on a version replaced since")
			.isEqualTo(412);

		for (Api requesterSide : List.of(requester.api(), collaborator.api())) {
			var hidden = requesterSide.get(path(""));
			assertThat(hidden.status()).as("a draft is the provider side's").isEqualTo(404);
			assertThat(hidden.text("type")).endsWith("/recommendation-missing");
		}
		assertThat(saveDraft(requester.api(), TEXT, List.of(), 2).status()).as("the requester side never writes it")
			.isEqualTo(403);
		assertThat(activities(requester.api())).as("drafts leave no trail").hasSize(trail);

		var submitted = submit(provider.api(), FINAL_TEXT, 2);
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
		assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
		assertThat(caseStatus(requester.api())).isEqualTo("DONE");

		var read = collaborator.api().get(path(""));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().path("submittedAt").isNull()).isFalse();
		assertThat(read.body().path("provider").path("id").asString()).isEqualTo(provider.id());
		assertThat(open("recommendation", caseId, read.text("body"))).isEqualTo(FINAL_TEXT);

		var again = submit(provider.api(), FINAL_TEXT, 3);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("type")).endsWith("/recommendation-submitted");
		assertThat(saveDraft(provider.api(), TEXT, List.of(), 3).status()).as("read-only once submitted")
			.isEqualTo(409);
		assertThat(activities(requester.api())).contains("recommendation.submitted", "case.completed");
	}

	@Test
	@DisplayName("the recommendation names the provider who submits it, not one who began the draft and has left the case")
	void submitterIsNamed() {
		assertThat(saveDraft(provider.api(), TEXT, List.of(), 0).status()).isEqualTo(200);
		// As a draft stands after its first author rejected the case and the admin assigned this provider.
		People.Member left = new People(port).provider(admin);
		JdbcClient.create(dataSource).sql("update recommendation set provider_id = ? where case_id = ?")
			.params(UUID.fromString(left.id()), UUID.fromString(caseId))
			.update();

		assertThat(submit(provider.api(), FINAL_TEXT, 1).status()).isEqualTo(200);
		assertThat(requester.api().get(path("")).body().path("provider").path("id").asString())
			.isEqualTo(provider.id());
	}

	@Test
	@DisplayName("a case that is not in progress refuses the submission and keeps the draft")
	void notInProgress() {
		assertThat(saveDraft(provider.api(), TEXT, List.of(), 0).status()).isEqualTo(200);
		transition(provider.api(), "/api/cases/", Map.of("action", "RETURN", "reason", "The echo report is missing."));

		var refused = submit(provider.api(), FINAL_TEXT, 1);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("type")).endsWith("/case-not-in-progress");
		var kept = provider.api().get(path(""));
		assertThat(kept.text("status")).isEqualTo("DRAFT");
		assertThat(kept.body().path("version").asInt()).isEqualTo(1);
		assertThat(open("recommendation", caseId, kept.text("body"))).isEqualTo(TEXT);
		assertThat(caseStatus(provider.api())).isEqualTo("RETURNED");

		transition(requester.api(), "/api/cases/", Map.of("action", "ANSWER", "reason", "Uploaded it."));
		assertThat(submit(provider.api(), FINAL_TEXT, 1).status()).isEqualTo(200);
		assertThat(caseStatus(provider.api())).isEqualTo("DONE");
	}

	@Test
	@DisplayName("attachments are live documents of the case, kept in order")
	void attachments() {
		UUID first = document(caseId, false);
		UUID second = document(caseId, false);
		UUID deleted = document(caseId, true);
		var saved = saveDraft(provider.api(), TEXT, List.of(second, first), 0);
		assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
		assertThat(saved.body().path("attachments").valueStream().map(JsonNode::asString).toList())
			.containsExactly(second.toString(), first.toString());

		for (List<UUID> wrong : List.of(List.of(deleted), List.of(UUID.randomUUID()), List.of(first, first))) {
			var refused = saveDraft(provider.api(), TEXT, wrong, 1);
			assertThat(refused.status()).as(wrong.toString()).isEqualTo(400);
			assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("attachments");
		}
	}

	@Test
	@DisplayName("the requester side gives feedback once, after submission; the provider reads it")
	void feedback() {
		assertThat(saveDraft(provider.api(), TEXT, List.of(), 0).status()).isEqualTo(200);
		var early = feedback(requester.api(), 4, COMMENTS);
		assertThat(early.status()).as("nothing submitted yet").isEqualTo(409);
		assertThat(early.text("type")).endsWith("/recommendation-not-submitted");
		assertThat(submit(provider.api(), FINAL_TEXT, 1).status()).isEqualTo(200);

		assertThat(feedback(provider.api(), 5, null).status()).as("the provider rates nothing").isEqualTo(403);
		assertThat(feedback(requester.api(), 6, null).status()).isEqualTo(400);
		assertThat(feedback(requester.api(), 0, null).status()).isEqualTo(400);
		var given = feedback(collaborator.api(), 4, COMMENTS);
		assertThat(given.status()).as(given.raw()).isEqualTo(201);
		assertThat(feedback(requester.api(), 5, null).text("type")).endsWith("/feedback-given");

		JsonNode seen = provider.api().get(path("")).body().path("feedback");
		assertThat(seen.path("rating").asInt()).isEqualTo(4);
		assertThat(seen.path("givenBy").path("id").asString()).isEqualTo(collaborator.id());
		assertThat(open("recommendation-feedback", caseId, seen.path("comments").asString())).isEqualTo(COMMENTS);
		assertThat(activities(provider.api())).contains("recommendation.feedback-given");
		assertThat(caseStatus(provider.api())).isEqualTo("DONE");
	}

	@Test
	@DisplayName("a clarification request opens a thread both sides write in; the case stays Done")
	void clarification() {
		assertThat(submit(provider.api(), FINAL_TEXT, 0).status()).isEqualTo(200);
		var unasked = clarify(provider.api(), UUID.randomUUID(), ANSWER);
		assertThat(unasked.status()).as("nobody asked yet").isEqualTo(409);
		assertThat(unasked.text("type")).endsWith("/no-clarification-requested");

		UUID question = UUID.randomUUID();
		assertThat(clarify(requester.api(), question, QUESTION).status()).isEqualTo(201);
		assertThat(clarify(requester.api(), question, QUESTION).status()).as("the same id twice").isEqualTo(409);
		UUID answer = UUID.randomUUID();
		var answered = clarify(provider.api(), answer, ANSWER);
		assertThat(answered.status()).as(answered.raw()).isEqualTo(201);

		for (Api member : List.of(requester.api(), collaborator.api(), provider.api())) {
			JsonNode thread = member.get(path("/clarifications")).body();
			assertThat(thread.size()).isEqualTo(2);
			assertThat(thread.get(0).path("side").asString()).isEqualTo("REQUESTER");
			assertThat(open("clarification", question.toString(), thread.get(0).path("body").asString()))
				.isEqualTo(QUESTION);
			assertThat(thread.get(1).path("author").path("id").asString()).isEqualTo(provider.id());
			assertThat(open("clarification", answer.toString(), thread.get(1).path("body").asString())).isEqualTo(ANSWER);
		}
		assertThat(caseStatus(requester.api())).isEqualTo("DONE");
		assertThat(activities(requester.api())).contains("recommendation.clarification-requested",
				"recommendation.clarification-answered");

		new SecretScanner().secret("recommendation", "angiography not indicated")
			.secret("draft", "CCS class II")
			.secret("question", QUESTION)
			.secret("answer", ANSWER)
			.assertNoneIn(List.of("-"), dataSource);
	}

	@Test
	@DisplayName("envelopes that are not one, or name a key generation the case lacks, are refused with 400")
	void badEnvelopes() {
		var notSealed = provider.api().put(path(""), Map.of("body", "AAAA", "attachments", List.of()),
				People.ifMatch(0));
		assertThat(notSealed.status()).isEqualTo(400);
		assertThat(notSealed.body().path("errors").get(0).path("field").asString()).isEqualTo("body");
		CaseKey unknown = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 2));
		String otherGeneration = Base64Url.encode(ContentEnvelope.seal(unknown,
				new AssociatedData("recommendation", caseId), TEXT.getBytes(StandardCharsets.UTF_8)));
		var unknownKey = provider.api().put(path(""), Map.of("body", otherGeneration, "attachments", List.of()),
				People.ifMatch(0));
		assertThat(unknownKey.status()).isEqualTo(400);
		assertThat(unknownKey.raw()).contains("key generation");
		assertThat(provider.api().get(path("")).status()).as("nothing stored").isEqualTo(404);

		assertThat(submit(provider.api(), FINAL_TEXT, 0).status()).isEqualTo(200);
		var comments = requester.api().post(path("/feedback"), Map.of("rating", 3, "comments", "plain words"));
		assertThat(comments.status()).isEqualTo(400);
		assertThat(comments.body().path("errors").get(0).path("field").asString()).isEqualTo("comments");
		var message = requester.api().post(path("/clarifications"), Map.of("id", UUID.randomUUID(), "body", "AAAA"));
		assertThat(message.status()).isEqualTo(400);
	}

	@Test
	@DisplayName("an expert engagement has no recommendation")
	void expertEngagement() {
		var created = requester.api().post("/api/cases", Map.of("engagementType", "EXPERT_ENGAGEMENT", "name",
				"Doe v. Acme", "providerId", provider.id(), "expertService", "RECORD_REVIEW"));
		caseId = created.body().path("summary").path("id").asString();
		var refused = saveDraft(provider.api(), TEXT, List.of(), 0);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("type")).endsWith("/not-a-second-opinion");
	}

	private String path(String rest) {
		return "/api/cases/" + caseId + "/recommendation" + rest;
	}

	private String seal(String kind, String objectId, String text) {
		return Base64Url.encode(ContentEnvelope.seal(caseKey, new AssociatedData(kind, objectId),
				text.getBytes(StandardCharsets.UTF_8)));
	}

	private String open(String kind, String objectId, String sealed) {
		return new String(ContentEnvelope.open(caseKey, new AssociatedData(kind, objectId), Base64Url.decode(sealed)),
				StandardCharsets.UTF_8);
	}

	private Api.Response saveDraft(Api api, String text, List<UUID> attachments, int version) {
		return api.put(path(""), Map.of("body", seal("recommendation", caseId, text), "attachments", attachments),
				People.ifMatch(version));
	}

	private Api.Response submit(Api api, String text, int version) {
		return api.postWith(path("/submission"), Map.of("body", seal("recommendation", caseId, text), "attachments",
				List.of()), People.ifMatch(version));
	}

	private Api.Response feedback(Api api, int rating, String comments) {
		Map<String, Object> body = new HashMap<>();
		body.put("rating", rating);
		body.put("comments", comments == null ? null : seal("recommendation-feedback", caseId, comments));
		return api.post(path("/feedback"), body);
	}

	private Api.Response clarify(Api api, UUID id, String text) {
		return api.post(path("/clarifications"), Map.of("id", id, "body", seal("clarification", id.toString(), text)));
	}

	private void transition(Api api, String base, Map<String, Object> body) {
		int version = api.get(base + caseId).body().path("version").asInt();
		var response = api.postWith(base + caseId + "/transitions", body, People.ifMatch(version));
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
	}

	private String caseStatus(Api api) {
		return api.get("/api/cases/" + caseId).body().path("summary").path("status").asString();
	}

	private List<String> activities(Api api) {
		return api.get("/api/cases/" + caseId + "/activity").body().path("items").valueStream()
			.map(a -> a.path("action").asString())
			.toList();
	}

	/** A document row as an upload's commit leaves it; the recommendation only checks case and deletion. */
	private UUID document(String caseId, boolean deleted) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		JdbcClient.create(dataSource)
			.sql("""
					insert into document (id, case_id, category, current_version_id, created_by, created_at, updated_at,
					  deleted_at, deleted_by, version)
					values (?, ?, 'MEDICAL_RECORDS', ?, ?, ?, ?, ?, ?, 1)""")
			.params(id, UUID.fromString(caseId), UUID.randomUUID(), UUID.fromString(requester.id()), now, now,
					deleted ? now : null, deleted ? UUID.fromString(requester.id()) : null)
			.update();
		return id;
	}

}
