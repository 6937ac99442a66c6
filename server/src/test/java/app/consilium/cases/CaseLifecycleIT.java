package app.consilium.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import app.consilium.crypto.CaseKey;
import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.KeyFixtures;
import app.consilium.testing.OrganizationKeys;
import app.consilium.testing.People;
import tools.jackson.databind.JsonNode;

/**
 * The case lifecycle at the API: a second opinion from New to Archived through assignment, a return
 * and its answer; an intake request accepted or rejected by the named expert; refused transitions;
 * and two people acting on the same version at once, of whom exactly one wins.
 */
@IntegrationTest
class CaseLifecycleIT {

	@Autowired
	CaseCompletion completion;

	@Autowired
	TransactionTemplate tx;


	@LocalServerPort
	int port;

	People people;

	Api admin;

	People.Member requester;

	People.Member cardiologist;

	People.Member awayCardiologist;

	People.Member neurologist;

	String cardiology;

	String organization;

	CaseKey patientsKey;

	String patient;

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
		organization = people.organization(admin, "HOSPITAL");
		requester = people.requester(admin, organization, true);
		KeyFixtures.Material requesterKeys = people.onboard(admin, requester, "Requester-passphrase-1!");
		patientsKey = OrganizationKeys.generate(organization, 1);
		OrganizationKeys.createGeneration(requester.api(), patientsKey, requesterKeys, List.of(requesterKeys));
		patient = OrganizationKeys.newPatient(requester.api(), patientsKey, "Jane Roe");
		cardiology = people.specialty(admin, "Cardiology " + java.util.UUID.randomUUID());
		cardiologist = people.provider(admin);
		people.onboard(admin, cardiologist, "Provider-passphrase-2!", cardiology);
		awayCardiologist = people.provider(admin);
		people.onboard(admin, awayCardiologist, "Provider-passphrase-3!", cardiology);
		neurologist = people.provider(admin);
		people.onboard(admin, neurologist, "Provider-passphrase-4!");
		var away = awayCardiologist.api().post("/api/me/time-off", Map.of("firstDay", LocalDate.now().minusDays(1).toString(),
				"lastDay", LocalDate.now().plusDays(10).toString(), "note", "Conference"));
		assertThat(away.status()).as(away.raw()).isEqualTo(201);
	}

	@Test
	@DisplayName("a second opinion goes New → Assigned → Accepted → In progress → Returned → In progress → Done → Archived")
	void secondOpinionLifecycle() {
		String caseId = secondOpinion("Chest pain, 54 y");
		JsonNode candidates = admin.get("/api/admin/cases/" + caseId + "/candidates").body();
		List<String> ranked = candidates.valueStream().map(c -> c.path("provider").path("id").asString()).toList();
		assertThat(ranked.indexOf(cardiologist.id())).as("the available cardiologist ranks first of the three")
			.isLessThan(ranked.indexOf(awayCardiologist.id()));
		assertThat(ranked.indexOf(awayCardiologist.id())).as("a cardiologist on time off still ranks above other specialties")
			.isLessThan(ranked.indexOf(neurologist.id()));
		JsonNode away = candidates.valueStream()
			.filter(c -> c.path("provider").path("id").asString().equals(awayCardiologist.id()))
			.findFirst()
			.orElseThrow();
		assertThat(away.path("available").asBoolean()).isFalse();
		assertThat(away.path("onTimeOffUntil").asString()).isEqualTo(LocalDate.now().plusDays(10).toString());

		JsonNode assigned = adminAct(caseId, "ASSIGN", cardiologist.id(), null, 200);
		assertThat(assigned.path("summary").path("status").asString()).isEqualTo("ASSIGNED");
		assertThat(assigned.path("summary").path("doctor").path("fullName").asString()).startsWith("Onboarded provider");
		assertThat(actions(cardiologist.api(), caseId)).containsExactlyInAnyOrder("ACCEPT", "REJECT");
		assertThat(actions(requester.api(), caseId)).isEmpty();

		act(cardiologist.api(), caseId, "ACCEPT", null, 200);
		act(cardiologist.api(), caseId, "START", null, 200);
		JsonNode noReason = act(cardiologist.api(), caseId, "RETURN", "  ", 400);
		assertThat(noReason.path("errors").get(0).path("field").asString()).isEqualTo("reason");
		act(cardiologist.api(), caseId, "RETURN", "The echocardiogram report is missing.", 200);
		assertThat(status(requester.api(), caseId)).isEqualTo("RETURNED");
		assertThat(actions(requester.api(), caseId)).containsExactly("ANSWER");
		act(requester.api(), caseId, "ANSWER", "Uploaded the report from 12 November.", 200);
		JsonNode byHand = act(cardiologist.api(), caseId, "COMPLETE", null, 409);
		assertThat(byHand.path("type").asString()).as("no Mark done button: Done comes from the work")
			.endsWith("/done-comes-from-the-work");
		// What submitting the recommendation does (RecommendationsIT goes through that endpoint).
		tx.executeWithoutResult(status -> completion.complete(UUID.fromString(caseId), UUID.fromString(cardiologist.id()),
				CaseCompletion.Outcome.RECOMMENDATION_SUBMITTED));

		for (Api member : List.of(requester.api(), cardiologist.api())) {
			assertThat(ids(member.get("/api/cases?view=completed").body())).contains(caseId);
			assertThat(ids(member.get("/api/cases").body())).doesNotContain(caseId);
		}
		act(requester.api(), caseId, "ARCHIVE", null, 200);
		assertThat(ids(requester.api().get("/api/cases?view=archived").body())).contains(caseId);
		JsonNode restored = act(requester.api(), caseId, "RESTORE", null, 200);
		assertThat(restored.path("summary").path("status").asString()).as("restore goes back to where it was")
			.isEqualTo("DONE");

		JsonNode timeline = restored.path("transitions");
		assertThat(timeline.valueStream().map(t -> t.path("action").asString()).toList()).containsExactly("ASSIGN",
				"ACCEPT", "START", "RETURN", "ANSWER", "COMPLETE", "ARCHIVE", "RESTORE");
		JsonNode returned = timeline.get(3);
		assertThat(returned.path("from").asString()).isEqualTo("IN_PROGRESS");
		assertThat(returned.path("to").asString()).isEqualTo("RETURNED");
		assertThat(returned.path("reason").asString()).isEqualTo("The echocardiogram report is missing.");
		assertThat(returned.path("actor").path("id").asString()).isEqualTo(cardiologist.id());

		var csv = requester.api().get("/api/cases/" + caseId + "/activity.csv");
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.raw().lines().toList()).hasSize(1 + 1 + 8)
			.first()
			.isEqualTo("When (UTC),Who,Action,Detail");
		assertThat(csv.raw()).contains(",case.returned,The echocardiogram report is missing.");
	}

	@Test
	@DisplayName("the named expert of an intake request accepts it without an admin; rejecting takes them off the case")
	void intakeRequest() {
		String accepted = intakeRequest("Doe v. County", cardiologist.id());
		assertThat(status(cardiologist.api(), accepted)).isEqualTo("NEW");
		act(cardiologist.api(), accepted, "ACCEPT", null, 200);
		assertThat(status(requester.api(), accepted)).isEqualTo("ACCEPTED");

		String rejected = intakeRequest("Roe v. Clinic", neurologist.id());
		act(neurologist.api(), rejected, "REJECT", "Conflict of interest.", 204);
		assertThat(neurologist.api().get("/api/cases/" + rejected).status()).as("the expert is off the case")
			.isEqualTo(404);
		JsonNode rejectedCase = admin.get("/api/admin/cases/" + rejected).body();
		assertThat(rejectedCase.path("summary").path("status").asString()).isEqualTo("REJECTED");
		assertThat(rejectedCase.path("summary").path("doctor").isNull()).isTrue();
		assertThat(rejectedCase.path("actions").valueStream().map(JsonNode::asString).toList()).contains("ASSIGN",
				"ARCHIVE");
		adminAct(rejected, "ASSIGN", cardiologist.id(), null, 200);
		assertThat(status(cardiologist.api(), rejected)).isEqualTo("ASSIGNED");
	}

	@Test
	@DisplayName("refused transitions: wrong status (409), wrong party (403), outsider (404), stale or missing version")
	void refusedTransitions() {
		String caseId = secondOpinion("Headache");
		JsonNode problem = act(requester.api(), caseId, "ARCHIVE", null, 200);
		assertThat(problem.path("summary").path("status").asString()).as("a requester withdraws a new case")
			.isEqualTo("ARCHIVED");
		act(requester.api(), caseId, "RESTORE", null, 200);

		adminAct(caseId, "ASSIGN", cardiologist.id(), null, 200);
		JsonNode wrongStatus = act(cardiologist.api(), caseId, "START", null, 409);
		assertThat(wrongStatus.path("detail").asString()).isEqualTo("A case that is assigned cannot be started.");
		JsonNode wrongParty = act(requester.api(), caseId, "ACCEPT", null, 403);
		assertThat(wrongParty.path("type").asString()).endsWith("not-your-action");
		act(neurologist.api(), caseId, "ACCEPT", null, 404);
		var adminOnly = requester.api()
			.postWith("/api/admin/cases/" + caseId + "/transitions", Map.of("action", "ASSIGN"), Map.of());
		assertThat(adminOnly.status()).isEqualTo(403);

		int version = version(cardiologist.api(), caseId);
		var stale = cardiologist.api().postWith("/api/cases/" + caseId + "/transitions", Map.of("action", "ACCEPT"),
				People.ifMatch(version - 1));
		assertThat(stale.status()).isEqualTo(412);
		var missing = cardiologist.api().postWith("/api/cases/" + caseId + "/transitions", Map.of("action", "ACCEPT"),
				Map.of());
		assertThat(missing.status()).isEqualTo(428);
		var unknown = cardiologist.api().postWith("/api/cases/" + caseId + "/transitions", Map.of("action", "FLY"),
				People.ifMatch(version));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(status(cardiologist.api(), caseId)).as("nothing refused changed the case").isEqualTo("ASSIGNED");
	}

	@Test
	@DisplayName("two admins assign at once: one wins, the other gets 412, and only the winner is on the case")
	void concurrentAssignments() throws Exception {
		String caseId = secondOpinion("Palpitations");
		int version = version(admin, caseId);
		Api secondAdmin = people.admin();
		List<Integer> statuses = race(
				() -> secondAdmin.postWith("/api/admin/cases/" + caseId + "/transitions",
						Map.of("action", "ASSIGN", "providerId", cardiologist.id()), People.ifMatch(version)).status(),
				() -> admin.postWith("/api/admin/cases/" + caseId + "/transitions",
						Map.of("action", "ASSIGN", "providerId", neurologist.id()), People.ifMatch(version)).status());
		assertThat(statuses).containsExactlyInAnyOrder(200, 412);
		JsonNode after = admin.get("/api/admin/cases/" + caseId).body();
		String winner = after.path("summary").path("doctor").path("id").asString();
		assertThat(after.path("members").valueStream().filter(m -> m.path("side").asString().equals("PROVIDER")))
			.singleElement()
			.satisfies(m -> assertThat(m.path("accountId").asString()).isEqualTo(winner));
		assertThat(after.path("transitions")).hasSize(1);
		assertThat(after.path("version").asInt()).isEqualTo(version + 1);
	}

	@Test
	@DisplayName("the provider accepts while an admin reassigns: one of them wins, nothing is half-applied")
	void acceptWhileReassigning() throws Exception {
		String caseId = secondOpinion("Syncope");
		adminAct(caseId, "ASSIGN", cardiologist.id(), null, 200);
		int version = version(admin, caseId);
		List<Integer> statuses = race(
				() -> cardiologist.api().postWith("/api/cases/" + caseId + "/transitions", Map.of("action", "ACCEPT"),
						People.ifMatch(version)).status(),
				() -> admin.postWith("/api/admin/cases/" + caseId + "/transitions",
						Map.of("action", "ASSIGN", "providerId", neurologist.id()), People.ifMatch(version)).status());
		// The loser gets 412; a provider whom the reassignment took off the case before their request was
		// read no longer sees it at all, and gets 404 as for any case that is not theirs.
		assertThat(statuses).containsOnlyOnce(200);
		assertThat(statuses.get(0)).isIn(200, 412, 404);
		assertThat(statuses.get(1)).isIn(200, 412);
		JsonNode after = admin.get("/api/admin/cases/" + caseId).body();
		String status = after.path("summary").path("status").asString();
		String doctor = after.path("summary").path("doctor").path("id").asString();
		if (status.equals("ACCEPTED")) {
			assertThat(doctor).isEqualTo(cardiologist.id());
		}
		else {
			assertThat(status).isEqualTo("ASSIGNED");
			assertThat(doctor).isEqualTo(neurologist.id());
			assertThat(cardiologist.api().get("/api/cases/" + caseId).status()).isEqualTo(404);
		}
		assertThat(after.path("transitions")).hasSize(2);
	}

	@Test
	@DisplayName("a second opinion names an active patient of the requester's own organization")
	void patientChecks() {
		var missing = requester.api().post("/api/cases", secondOpinionBody("No patient", null));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.raw()).contains("patientId");

		var otherRequester = people.requester(admin, people.organization(admin, "CLINIC"), true);
		KeyFixtures.Material otherKeys = people.onboard(admin, otherRequester, "Other-passphrase-9!");
		String otherOrganization = otherRequester.api().get("/api/session").body().path("organization").path("id")
			.asString();
		CaseKey otherKey = OrganizationKeys.generate(otherOrganization, 1);
		OrganizationKeys.createGeneration(otherRequester.api(), otherKey, otherKeys, List.of(otherKeys));
		String theirPatient = OrganizationKeys.newPatient(otherRequester.api(), otherKey, "John Doe");
		var foreign = requester.api().post("/api/cases", secondOpinionBody("Not ours", theirPatient));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.body().path("errors").get(0).path("message").asString())
			.isEqualTo("Choose a patient of your organization.");

		int version = requester.api().get("/api/patients/" + patient).body().path("version").asInt();
		assertThat(requester.api().postWith("/api/patients/" + patient + "/deactivate", null, People.ifMatch(version))
			.status()).isEqualTo(200);
		var inactive = requester.api().post("/api/cases", secondOpinionBody("Inactive", patient));
		assertThat(inactive.status()).isEqualTo(400);
		assertThat(inactive.raw()).contains("deactivated");
	}

	private Map<String, Object> secondOpinionBody(String name, String patientId) {
		Map<String, Object> body = new HashMap<>();
		body.put("engagementType", "SECOND_OPINION");
		body.put("name", name);
		body.put("patientId", patientId);
		body.put("specialtyId", cardiology);
		body.put("urgency", "URGENT");
		body.put("dueDate", LocalDate.now().plusDays(14).toString());
		return body;
	}

	private String secondOpinion(String name) {
		var created = requester.api().post("/api/cases", secondOpinionBody(name, patient));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.body().path("summary").path("status").asString()).isEqualTo("NEW");
		return created.body().path("summary").path("id").asString();
	}

	private String intakeRequest(String name, String expertId) {
		var created = requester.api().post("/api/cases", Map.of("engagementType", "EXPERT_ENGAGEMENT", "name", name,
				"providerId", expertId, "expertService", "EXPERT_WITNESS", "matterReference", "2026-CV-0042"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().path("summary").path("id").asString();
	}

	private JsonNode act(Api api, String caseId, String action, String reason, int expected) {
		Map<String, Object> body = new HashMap<>();
		body.put("action", action);
		body.put("reason", reason);
		int version = api.get("/api/cases/" + caseId).body().path("version").asInt();
		var response = api.postWith("/api/cases/" + caseId + "/transitions", body, People.ifMatch(version));
		assertThat(response.status()).as(action + ": " + response.raw()).isEqualTo(expected);
		if (expected == 200 || expected == 204) {
			assertThat(response.header("ETag")).isEqualTo(expected == 204 ? null : "\"" + (version + 1) + "\"");
		}
		return response.body();
	}

	private JsonNode adminAct(String caseId, String action, String providerId, String reason, int expected) {
		Map<String, Object> body = new HashMap<>();
		body.put("action", action);
		body.put("providerId", providerId);
		body.put("reason", reason);
		var response = admin.postWith("/api/admin/cases/" + caseId + "/transitions", body,
				People.ifMatch(version(admin, caseId)));
		assertThat(response.status()).as(action + ": " + response.raw()).isEqualTo(expected);
		return response.body();
	}

	private int version(Api api, String caseId) {
		String path = api == admin ? "/api/admin/cases/" : "/api/cases/";
		return api.get(path + caseId).body().path("version").asInt();
	}

	private static String status(Api api, String caseId) {
		return api.get("/api/cases/" + caseId).body().path("summary").path("status").asString();
	}

	private static List<String> actions(Api api, String caseId) {
		return api.get("/api/cases/" + caseId).body().path("actions").valueStream().map(JsonNode::asString).toList();
	}

	static List<String> ids(JsonNode page) {
		return page.path("items").valueStream().map(c -> c.path("id").asString()).toList();
	}

	/** Runs both at the same moment, as two people clicking at once would. */
	@SafeVarargs
	private static List<Integer> race(Callable<Integer>... actions) throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(actions.length);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (Callable<Integer> action : actions) {
				results.add(pool.submit(() -> {
					start.await();
					return action.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
