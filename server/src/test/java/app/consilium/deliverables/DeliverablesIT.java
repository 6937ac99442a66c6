package app.consilium.deliverables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.KeyFixtures;
import app.consilium.testing.MutableClock;
import app.consilium.testing.OrganizationKeys;
import app.consilium.testing.People;
import tools.jackson.databind.JsonNode;

/**
 * Deliverables at the API: a work product requested by the law firm, started and delivered by the
 * expert, sent back for revision and accepted; who may make which move; lost updates; attachments only
 * from the case's own documents; the final deliverable completing the case; overdue ones counted for the
 * dashboard.
 */
@IntegrationTest
class DeliverablesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	People people;

	Api admin;

	People.Member lawyer;

	People.Member colleague;

	People.Member expert;

	People.Member otherExpert;

	String caseId;

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
		String firm = people.organization(admin, "LAW_FIRM");
		lawyer = people.requester(admin, firm, true);
		people.onboard(admin, lawyer, "Lawyer-passphrase-1!");
		colleague = people.requester(admin, firm, false);
		people.onboard(admin, colleague, "Colleague-passphrase-2!");
		expert = people.provider(admin);
		people.onboard(admin, expert, "Expert-passphrase-3!");
		otherExpert = people.provider(admin);
		people.onboard(admin, otherExpert, "Other-expert-passphrase-4!");
		caseId = intakeRequest("Doe v. Riverside Clinic");
		assertThat(lawyer.api().post("/api/cases/" + caseId + "/collaborators", Map.of("accountId", colleague.id()))
			.status()).isEqualTo(201);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("requested, started, delivered, sent back for revision, delivered again and accepted; each step in the activity")
	void lifecycle() {
		startWork(caseId);
		var requested = create(lawyer.api(), report("Expert report on causation", LocalDate.now().plusDays(14), false));
		assertThat(requested.status()).as(requested.raw()).isEqualTo(201);
		assertThat(requested.header("ETag")).isEqualTo("\"0\"");
		JsonNode d = requested.body();
		assertThat(d.path("status").asString()).isEqualTo("REQUESTED");
		assertThat(d.path("assignee").path("id").asString()).isEqualTo(expert.id());
		assertThat(d.path("overdue").asBoolean()).isFalse();
		assertThat(actions(d)).isEmpty();
		String id = d.path("id").asString();

		JsonNode seenByExpert = expert.api().get(path("")).body().get(0);
		assertThat(seenByExpert.path("title").asString()).isEqualTo("Expert report on causation");
		assertThat(actions(seenByExpert)).containsExactly("START");

		var started = move(expert.api(), id, 0, "START", null);
		assertThat(started.body().path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(actions(started.body())).containsExactly("DELIVER");
		var delivered = move(expert.api(), id, 1, "DELIVER", null);
		assertThat(delivered.body().path("status").asString()).isEqualTo("DELIVERED");
		assertThat(actions(lawyer.api().get(path("/" + id)).body())).containsExactly("ACCEPT", "REQUEST_REVISION");

		var noReason = move(colleague.api(), id, 2, "REQUEST_REVISION", " ");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().path("errors").get(0).path("field").asString()).isEqualTo("reason");
		var revision = move(colleague.api(), id, 2, "REQUEST_REVISION", "Address the second MRI as well.");
		assertThat(revision.body().path("status").asString()).isEqualTo("REVISION_REQUESTED");
		assertThat(revision.body().path("revisionReason").asString()).isEqualTo("Address the second MRI as well.");

		move(expert.api(), id, 3, "START", null);
		var redelivered = move(expert.api(), id, 4, "DELIVER", null);
		assertThat(redelivered.body().path("revisionReason").isNull()).isTrue();
		var accepted = move(lawyer.api(), id, 5, "ACCEPT", null);
		assertThat(accepted.body().path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.body().path("editable").asBoolean()).isFalse();
		assertThat(accepted.header("ETag")).isEqualTo("\"6\"");

		var changeAccepted = update(lawyer.api(), id, 6, report("Expert report, amended", LocalDate.now(), false));
		assertThat(changeAccepted.status()).isEqualTo(409);

		List<String> trail = new ArrayList<>();
		lawyer.api().get("/api/cases/" + caseId + "/activity").body().path("items")
			.forEach(e -> trail.add(e.path("action").asString()));
		assertThat(trail).containsSubsequence("deliverable.accepted", "deliverable.delivered", "deliverable.started",
				"deliverable.revision-requested", "deliverable.delivered", "deliverable.started", "deliverable.added");
		assertThat(lawyer.api().get("/api/cases/" + caseId).body().path("summary").path("lastActivityAt").asString())
			.isEqualTo(lawyer.api().get("/api/cases/" + caseId + "/activity").body().path("items").get(0).path("at")
				.asString());
	}

	@Test
	@DisplayName("the expert starts and delivers, the law firm accepts or sends back: nobody makes the other side's moves")
	void whoMayDoWhat() {
		startWork(caseId);
		var added = create(expert.api(), report("Deposition preparation notes", LocalDate.now().plusDays(3), false));
		assertThat(added.status()).as("providers may add deliverables too").isEqualTo(201);
		String id = added.body().path("id").asString();

		assertThat(move(lawyer.api(), id, 0, "START", null).status()).isEqualTo(403);
		assertThat(move(expert.api(), id, 0, "DELIVER", null).status()).isEqualTo(409);
		move(expert.api(), id, 0, "START", null);
		move(expert.api(), id, 1, "DELIVER", null);
		assertThat(move(expert.api(), id, 2, "ACCEPT", null).status()).isEqualTo(403);
		assertThat(move(colleague.api(), id, 2, "ACCEPT", null).status()).isEqualTo(200);

		assertThat(otherExpert.api().get(path("")).status()).isEqualTo(404);
		assertThat(admin.get(path("")).status()).isEqualTo(404);
		var strangerAssignee = create(lawyer.api(), withAssignee(report("Record review", LocalDate.now(), false),
				otherExpert.id()));
		assertThat(strangerAssignee.status()).isEqualTo(400);
		assertThat(strangerAssignee.body().path("errors").get(0).path("field").asString()).isEqualTo("assigneeId");
		var untitled = create(lawyer.api(), report(" ", LocalDate.now(), false));
		assertThat(untitled.status()).isEqualTo(400);
	}

	@Test
	@DisplayName("a change based on a stale version is refused with 412, one without If-Match with 428")
	void lostUpdate() {
		String id = create(lawyer.api(), report("Medical record review", LocalDate.now().plusDays(7), false)).body()
			.path("id").asString();
		var moved = update(lawyer.api(), id, 0, report("Medical record review, 2019-2024", LocalDate.now().plusDays(9),
				false));
		assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
		assertThat(moved.body().path("dueDate").asString()).isEqualTo(LocalDate.now().plusDays(9).toString());

		var stale = update(colleague.api(), id, 0, report("Medical record review (all years)", LocalDate.now(), false));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(move(expert.api(), id, 0, "START", null).status()).isEqualTo(412);
		assertThat(lawyer.api().put(path("/" + id), report("No version", LocalDate.now(), false), Map.of()).status())
			.isEqualTo(428);
		assertThat(lawyer.api().get(path("/" + id)).body().path("title").asString())
			.isEqualTo("Medical record review, 2019-2024");
	}

	@Test
	@DisplayName("only documents of the same case that are not deleted can be attached; a deleted one drops off")
	void attachments() {
		String own = document(caseId, lawyer.id(), false);
		String deleted = document(caseId, lawyer.id(), true);
		String otherCase = document(intakeRequest("Roe v. Mercy Hospital"), lawyer.id(), false);

		var foreign = create(lawyer.api(), withDocuments(report("Expert report", LocalDate.now(), false), otherCase));
		assertThat(foreign.status()).as(foreign.raw()).isEqualTo(400);
		assertThat(foreign.body().path("errors").get(0).path("field").asString()).isEqualTo("documentIds");
		assertThat(create(lawyer.api(), withDocuments(report("Expert report", LocalDate.now(), false), deleted))
			.status()).isEqualTo(400);

		var attached = create(lawyer.api(), withDocuments(report("Expert report", LocalDate.now(), false), own));
		assertThat(attached.status()).as(attached.raw()).isEqualTo(201);
		assertThat(attached.body().path("documentIds").get(0).asString()).isEqualTo(own);
		String id = attached.body().path("id").asString();
		var sneaked = update(expert.api(), id, 0, withDocuments(report("Expert report", LocalDate.now(), false), own,
				otherCase));
		assertThat(sneaked.status()).isEqualTo(400);

		jdbc.sql("update document set deleted_at = current_timestamp, deleted_by = created_by where id = ?")
			.param(UUID.fromString(own))
			.update();
		assertThat(lawyer.api().get(path("/" + id)).body().path("documentIds")).isEmpty();
	}

	@Test
	@DisplayName("delivering the final deliverable of an expert engagement makes the case Done, only while it is in progress")
	void finalDeliverableCompletesTheCase() {
		accept(caseId);
		String id = create(lawyer.api(), report("Final expert report", LocalDate.now().plusDays(30), true)).body()
			.path("id").asString();
		var second = create(lawyer.api(), report("Another final report", LocalDate.now().plusDays(30), true));
		assertThat(second.status()).isEqualTo(400);
		assertThat(second.body().path("errors").get(0).path("field").asString()).isEqualTo("finalDeliverable");

		move(expert.api(), id, 0, "START", null);
		var tooEarly = move(expert.api(), id, 1, "DELIVER", null);
		assertThat(tooEarly.status()).as("the case was accepted but not started").isEqualTo(409);
		assertThat(tooEarly.body().path("type").asString()).endsWith("/case-not-in-progress");
		assertThat(lawyer.api().get(path("/" + id)).body().path("status").asString()).isEqualTo("IN_PROGRESS");

		start(caseId);
		var delivered = move(expert.api(), id, 1, "DELIVER", null);
		assertThat(delivered.status()).as(delivered.raw()).isEqualTo(200);
		JsonNode summary = lawyer.api().get("/api/cases/" + caseId).body().path("summary");
		assertThat(summary.path("status").asString()).isEqualTo("DONE");
		List<String> completed = new ArrayList<>();
		lawyer.api().get("/api/cases?view=completed").body().path("items")
			.forEach(c -> completed.add(c.path("id").asString()));
		assertThat(completed).contains(caseId);
		assertThat(lawyer.api().get("/api/cases/" + caseId + "/activity").body().path("items").get(0).path("detail")
			.asString()).isEqualTo("final deliverable delivered");

		assertThat(actions(lawyer.api().get(path("/" + id)).body())).containsExactly("ACCEPT");
		assertThat(move(lawyer.api(), id, 2, "ACCEPT", null).status()).as("the report is reviewed after Done")
			.isEqualTo(200);
		assertThat(create(lawyer.api(), report("Supplemental report", LocalDate.now(), false)).status()).isEqualTo(409);
	}

	@Test
	@DisplayName("a second opinion has no final deliverable: its recommendation ends it")
	void noFinalDeliverableOnSecondOpinions() {
		String hospital = people.organization(admin, "HOSPITAL");
		var physician = people.requester(admin, hospital, true);
		KeyFixtures.Material keys = people.onboard(admin, physician, "Physician-passphrase-5!");
		var patientsKey = OrganizationKeys.generate(hospital, 1);
		OrganizationKeys.createGeneration(physician.api(), patientsKey, keys, List.of(keys));
		String patient = OrganizationKeys.newPatient(physician.api(), patientsKey, "Jane Roe");
		var created = physician.api().post("/api/cases", Map.of("engagementType", "SECOND_OPINION", "name",
				"Cardiology second opinion", "specialtyId", people.specialty(admin, "Cardiology " + UUID.randomUUID()),
				"urgency", "ROUTINE", "patientId", patient));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		String secondOpinion = created.body().path("summary").path("id").asString();
		var refused = physician.api().post("/api/cases/" + secondOpinion + "/deliverables",
				report("Written opinion", LocalDate.now(), true));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("finalDeliverable");
	}

	@Test
	@DisplayName("overdue deliverables are flagged and counted on both sides' dashboards until delivered")
	void overdueCount() {
		startWork(caseId);
		String late = create(lawyer.api(), report("Record review", LocalDate.now().minusDays(2), false)).body()
			.path("id").asString();
		String dueTomorrow = create(lawyer.api(), report("Deposition preparation", LocalDate.now().plusDays(1), false))
			.body().path("id").asString();
		int before = overdue(otherExpert.api());

		JsonNode lawyersView = lawyer.api().get(path("/" + late)).body();
		assertThat(lawyersView.path("overdue").asBoolean()).isTrue();
		JsonNode dashboard = lawyer.api().get("/api/me/deliverables/overdue").body();
		assertThat(dashboard.path("count").asInt()).isEqualTo(1);
		assertThat(dashboard.path("cases").get(0).path("id").asString()).isEqualTo(caseId);
		assertThat(dashboard.path("cases").get(0).path("name").asString()).isEqualTo("Doe v. Riverside Clinic");
		assertThat(overdue(expert.api())).isEqualTo(1);
		assertThat(overdue(colleague.api())).isEqualTo(1);

		clock.advance(Duration.ofDays(2));
		// Sessions do not outlive two days: both sign in again.
		Api lawyerLater = people.signIn(lawyer.email(), People.PASSWORD);
		Api expertLater = people.signIn(expert.email(), People.PASSWORD);
		assertThat(overdue(lawyerLater)).as("two days later the second is late too").isEqualTo(2);
		assertThat(lawyerLater.get(path("/" + dueTomorrow)).body().path("overdue").asBoolean()).isTrue();

		move(expertLater, late, 0, "START", null);
		move(expertLater, late, 1, "DELIVER", null);
		assertThat(overdue(lawyerLater)).as("delivered is no longer overdue").isEqualTo(1);
		assertThat(overdue(people.signIn(otherExpert.email(), People.PASSWORD))).isEqualTo(before);
		assertThat(people.anonymous().get("/api/me/deliverables/overdue").status()).isEqualTo(401);
	}

	@Test
	@DisplayName("two people asking for the final deliverable at the same moment: one gets it, the other is told there is one")
	void oneFinalDeliverableAtOnce() throws Exception {
		accept(caseId);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// A few rounds, each on a deliverable of its own: without the case's lock the two requests often both
			// found no final and both inserted one.
			for (int round = 0; round < 4; round++) {
				String title = "Final report, round " + round;
				var ready = new CountDownLatch(2);
				Callable<Integer> ask = () -> {
					ready.countDown();
					ready.await();
					return create(lawyer.api(), report(title, LocalDate.now().plusDays(30), true)).status();
				};
				List<Integer> answers = List.of(pool.submit(ask), pool.submit(ask)).stream().map(f -> {
					try {
						return f.get();
					}
					catch (InterruptedException | ExecutionException ex) {
						throw new IllegalStateException(ex);
					}
				}).toList();
				assertThat(answers).as("round " + round).containsExactlyInAnyOrder(201, 400);
				List<String> finals = new ArrayList<>();
				lawyer.api().get(path("")).body().forEach(d -> {
					if (d.path("finalDeliverable").asBoolean()) {
						finals.add(d.path("id").asString());
					}
				});
				assertThat(finals).hasSize(1);
				String only = finals.get(0);
				int version = lawyer.api().get(path("/" + only)).body().path("version").asInt();
				assertThat(update(lawyer.api(), only, version,
						report("No longer final, round " + round, LocalDate.now().plusDays(30), false)).status())
					.isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String intakeRequest(String name) {
		var created = lawyer.api().post("/api/cases", Map.of("engagementType", "EXPERT_ENGAGEMENT", "name", name,
				"providerId", expert.id(), "expertService", "EXPERT_WITNESS"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().path("summary").path("id").asString();
	}

	private void startWork(String id) {
		accept(id);
		start(id);
	}

	private void accept(String id) {
		caseTransition(id, "ACCEPT");
	}

	private void start(String id) {
		caseTransition(id, "START");
	}

	private void caseTransition(String id, String action) {
		int version = expert.api().get("/api/cases/" + id).body().path("version").asInt();
		var moved = expert.api().postWith("/api/cases/" + id + "/transitions", Map.of("action", action),
				People.ifMatch(version));
		assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
	}

	private String path(String rest) {
		return "/api/cases/" + caseId + "/deliverables" + rest;
	}

	private Map<String, Object> report(String title, LocalDate due, boolean isFinal) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "EXPERT_REPORT");
		body.put("title", title);
		body.put("dueDate", due.toString());
		body.put("assigneeId", expert.id());
		body.put("finalDeliverable", isFinal);
		return body;
	}

	private static Map<String, Object> withAssignee(Map<String, Object> body, String assignee) {
		body.put("assigneeId", assignee);
		return body;
	}

	private static Map<String, Object> withDocuments(Map<String, Object> body, String... documentIds) {
		body.put("documentIds", List.of(documentIds));
		return body;
	}

	private Api.Response create(Api api, Map<String, Object> body) {
		return api.post(path(""), body);
	}

	private Api.Response update(Api api, String id, int version, Map<String, Object> body) {
		return api.put(path("/" + id), body, People.ifMatch(version));
	}

	private Api.Response move(Api api, String id, int version, String action, String reason) {
		Map<String, Object> body = new HashMap<>();
		body.put("action", action);
		body.put("reason", reason);
		return api.postWith(path("/" + id + "/transitions"), body, People.ifMatch(version));
	}

	private static List<String> actions(JsonNode deliverable) {
		List<String> actions = new ArrayList<>();
		deliverable.path("actions").forEach(a -> actions.add(a.asString()));
		return actions;
	}

	private static int overdue(Api api) {
		return api.get("/api/me/deliverables/overdue").body().path("count").asInt();
	}

	/** A document of the case as the upload protocol leaves it: the row and its current version (no bytes needed). */
	private String document(String caseOf, String uploader, boolean deletedAlready) {
		UUID id = UUID.randomUUID();
		UUID versionId = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID by = UUID.fromString(uploader);
		jdbc.sql("""
				insert into document (id, case_id, category, current_version_id, created_by, created_at, updated_at,
				  deleted_at, deleted_by, version) values (?, ?, 'MEDICAL_RECORDS', ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, UUID.fromString(caseOf), versionId, by, now, now, deletedAlready ? now : null,
					deletedAlready ? by : null)
			.update();
		jdbc.sql("""
				insert into document_version (id, document_id, number, content_type, ciphertext_size, plaintext_size,
				  chunk_size, blob_key, metadata_sealed, key_sealed, generation, uploaded_by, uploaded_at)
				values (?, ?, 1, 'application/pdf', 0, 0, 1048576, ?, ?, ?, 1, ?, ?)""")
			.params(versionId, id, "test/" + versionId, new byte[] { 1 }, new byte[] { 1 }, by, now)
			.update();
		return id.toString();
	}

}
