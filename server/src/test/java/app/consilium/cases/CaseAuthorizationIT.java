package app.consilium.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.KeyFixtures;
import app.consilium.testing.People;

/**
 * Who may call which case endpoint, for every kind of person: the requester who opened the case, a
 * collaborator, a requester of another organization, the assigned provider, another provider, an admin,
 * and someone not signed in. Outsiders get the same 404 as for a case that does not exist; a member
 * whose role does not allow an action gets 403; admin routes are for admins only. The other side's internal
 * memo is "not found" too, like a case one is not on.
 */
@IntegrationTest
class CaseAuthorizationIT {

	/** What a person should get: through (any answer but a refusal), or refused with this status. */
	enum Outcome {

		THROUGH, NOT_FOUND, FORBIDDEN, UNAUTHORIZED,

		/** On the case, but the note is hidden from them: the other side's memo. */
		NOTE_NOT_FOUND

	}

	private static final Outcome T = Outcome.THROUGH;

	private static final Outcome N = Outcome.NOT_FOUND;

	private static final Outcome F = Outcome.FORBIDDEN;

	private static final Outcome U = Outcome.UNAUTHORIZED;

	private static final Outcome H = Outcome.NOTE_NOT_FOUND;

	private static final List<String> PEOPLE = List.of("requester", "collaborator", "other organization",
			"provider", "other provider", "admin", "anonymous");

	private record Call(String method, String path, Object body, Map<String, String> headers) {

		Call(String method, String path) {
			this(method, path, null, Map.of());
		}

	}

	@LocalServerPort
	int port;

	People people;

	Map<String, Api> clients = new LinkedHashMap<>();

	String caseId;

	String providerId;

	CaseKey caseKey;

	/** The requester side's memo key, which seals the memo. */
	CaseKey memoKey;

	String noteId;

	String memoId;

	@BeforeEach
	void setUp() {
		people = new People(port);
		Api admin = people.admin();
		String organization = people.organization(admin, "LAW_FIRM");
		var requester = people.requester(admin, organization, true);
		KeyFixtures.Material requesterKeys = people.onboard(admin, requester, "Requester-passphrase-1!");
		var collaborator = people.requester(admin, organization, false);
		people.onboard(admin, collaborator, "Collaborator-passphrase-2!");
		var otherOrganization = people.requester(admin, people.organization(admin, "INSURER"), true);
		people.onboard(admin, otherOrganization, "Other-org-passphrase-3!");
		var provider = people.provider(admin);
		people.onboard(admin, provider, "Provider-passphrase-4!");
		var otherProvider = people.provider(admin);
		people.onboard(admin, otherProvider, "Other-provider-passphrase-5!");
		providerId = provider.id();

		var created = requester.api().post("/api/cases", Map.of("engagementType", "EXPERT_ENGAGEMENT", "name",
				"Doe v. Acme", "providerId", provider.id(), "expertService", "INDEPENDENT_MEDICAL_EXAMINATION"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		caseId = created.body().path("summary").path("id").asString();
		assertThat(requester.api().post("/api/cases/" + caseId + "/collaborators",
				Map.of("accountId", collaborator.id())).status()).isEqualTo(201);

		caseKey = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 1));
		var self = new Member(requesterKeys.accountId(), requesterKeys.keyPair().publicKeys());
		String grant = Base64Url.encode(
				CaseKeyGrant.seal(caseKey, new Identity(requesterKeys.accountId(), requesterKeys.keyPair()), self));
		assertThat(requester.api().post("/api/cases/" + caseId + "/keys/generations",
				Map.of("scope", "CASE", "generation", 1, "grants", List.of(grant))).status()).isEqualTo(201);
		memoKey = CaseKey.generate(new CaseKeyId(caseId, KeyScope.REQUESTER_MEMOS, 1));
		String memoGrant = Base64Url.encode(
				CaseKeyGrant.seal(memoKey, new Identity(requesterKeys.accountId(), requesterKeys.keyPair()), self));
		assertThat(requester.api().post("/api/cases/" + caseId + "/keys/generations",
				Map.of("scope", "REQUESTER_MEMOS", "generation", 1, "grants", List.of(memoGrant))).status())
			.isEqualTo(201);
		noteId = writeNote(requester, "SHARED");
		memoId = writeNote(requester, "INTERNAL");

		clients.put("requester", requester.api());
		clients.put("collaborator", collaborator.api());
		clients.put("other organization", otherOrganization.api());
		clients.put("provider", provider.api());
		clients.put("other provider", otherProvider.api());
		clients.put("admin", admin);
		clients.put("anonymous", people.anonymous());
	}

	@Test
	@DisplayName("every case endpoint answers each kind of person as the matrix says")
	void matrix() {
		Map<String, String> staleVersion = Map.of("If-Match", "\"999\"");
		var report = Map.of("type", "EXPERT_REPORT", "title", "Expert report", "dueDate", "2027-01-15");
		String deliverable = "/api/cases/{id}/deliverables/"
				+ clients.get("requester").post("/api/cases/" + caseId + "/deliverables", report).text("id");
		Map<Call, List<Outcome>> matrix = new LinkedHashMap<>();
		// requester, collaborator, other organization, provider, other provider, admin, anonymous
		matrix.put(new Call("GET", "/api/cases/{id}"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/transitions", Map.of("action", "ACCEPT"), staleVersion),
				List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/activity"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/activity.csv"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/collaborators"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/collaborators", Map.of("accountId", UUID.randomUUID()), Map.of()),
				List.of(T, T, N, F, N, N, U));
		matrix.put(new Call("DELETE", "/api/cases/{id}/collaborators/" + UUID.randomUUID()),
				List.of(T, T, N, F, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/clinical"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("PUT", "/api/cases/{id}/clinical", Map.of("sealed", "AAAA"), Map.of("If-Match", "\"0\"")),
				List.of(T, T, N, F, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/notes"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/notes",
				Map.of("id", UUID.randomUUID(), "visibility", "SHARED", "body", "AAAA"), Map.of()),
				List.of(T, T, N, T, N, N, U));
		String document = "/api/cases/{id}/documents/" + UUID.randomUUID();
		String upload = "/api/cases/{id}/uploads/" + UUID.randomUUID();
		matrix.put(new Call("GET", "/api/cases/{id}/documents"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/documents?deleted=true"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", document), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", document + "/versions"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", document + "/versions/" + UUID.randomUUID() + "/content"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("DELETE", document), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", document + "/restore", null, Map.of("If-Match", "\"0\"")), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/uploads"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/uploads", Map.of("id", UUID.randomUUID(), "category", "OTHER",
				"contentType", "text/plain", "size", 100, "header", "AAAA", "metadata", "AAAA", "key", "AAAA"), Map.of()),
				List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("PUT", upload + "/chunks/0", Map.of(), Map.of()), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", upload + "/commit"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("DELETE", upload), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", "/api/documents/limits"), List.of(T, T, T, T, T, T, U));
		String note = "/api/cases/{id}/notes/" + noteId;
		String memo = "/api/cases/{id}/notes/" + memoId;
		matrix.put(new Call("PUT", note, Map.of("body", "AAAA"), staleVersion), List.of(T, F, N, F, N, N, U));
		matrix.put(new Call("DELETE", note, null, staleVersion), List.of(T, F, N, F, N, N, U));
		matrix.put(new Call("GET", note + "/revisions"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("PUT", memo, Map.of("body", "AAAA"), staleVersion), List.of(T, F, N, H, N, N, U));
		matrix.put(new Call("DELETE", memo, null, staleVersion), List.of(T, F, N, H, N, N, U));
		matrix.put(new Call("GET", memo + "/revisions"), List.of(T, T, N, H, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/recommendation"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("PUT", "/api/cases/{id}/recommendation", Map.of("body", "AAAA", "attachments", List.of()),
				Map.of("If-Match", "\"0\"")), List.of(F, F, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/recommendation/submission",
				Map.of("body", "AAAA", "attachments", List.of()), Map.of("If-Match", "\"0\"")),
				List.of(F, F, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/recommendation/feedback", Map.of("rating", 3), Map.of()),
				List.of(T, T, N, F, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/recommendation/clarifications"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/recommendation/clarifications",
				Map.of("id", UUID.randomUUID(), "body", "AAAA"), Map.of()), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/keys"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/keys/generations",
				Map.of("scope", "CASE", "generation", 99, "grants", List.of("AAAA")), Map.of()),
				List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/keys/grants", Map.of("grant", "AAAA"), Map.of()),
				List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", "/api/cases/{id}/deliverables"), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("POST", "/api/cases/{id}/deliverables", report, Map.of()), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("GET", deliverable), List.of(T, T, N, T, N, N, U));
		matrix.put(new Call("PUT", deliverable, report, staleVersion), List.of(T, T, N, T, N, N, U));
		// The provider side starts the work; the requester side may not (the provider's call goes through).
		matrix.put(new Call("POST", deliverable + "/transitions", Map.of("action", "START"), Map.of("If-Match", "\"0\"")),
				List.of(F, F, N, T, N, N, U));
		matrix.put(new Call("GET", "/api/me/deliverables/overdue"), List.of(T, T, T, T, T, T, U));
		matrix.put(new Call("GET", "/api/admin/cases"), List.of(F, F, F, F, F, T, U));
		matrix.put(new Call("GET", "/api/admin/cases/{id}"), List.of(F, F, F, F, F, T, U));
		matrix.put(new Call("POST", "/api/admin/cases/{id}/transitions",
				Map.of("action", "ASSIGN", "providerId", UUID.randomUUID()), staleVersion), List.of(F, F, F, F, F, T, U));
		matrix.put(new Call("GET", "/api/admin/cases/{id}/candidates"), List.of(F, F, F, F, F, T, U));
		matrix.put(new Call("GET", "/api/admin/cases/{id}/activity"), List.of(F, F, F, F, F, T, U));
		matrix.put(new Call("GET", "/api/admin/cases/{id}/activity.csv"), List.of(F, F, F, F, F, T, U));
		matrix.put(new Call("GET", "/api/admin/cases/{id}/key-status"), List.of(F, F, F, F, F, T, U));
		matrix.put(new Call("GET", "/api/cases"), List.of(T, T, T, T, T, T, U));

		List<String> wrong = new ArrayList<>();
		matrix.forEach((call, outcomes) -> {
			for (int i = 0; i < PEOPLE.size(); i++) {
				Api.Response response = call(clients.get(PEOPLE.get(i)), call);
				Outcome actual = outcome(response);
				if (actual != outcomes.get(i)) {
					wrong.add("%s %s as %s: expected %s, got %d %s".formatted(call.method(), call.path(), PEOPLE.get(i),
							outcomes.get(i), response.status(), response.raw()));
				}
			}
		});
		assertThat(wrong).isEmpty();
	}

	@Test
	@DisplayName("each person's case list holds the case exactly when they are on it")
	void lists() {
		Map<String, Boolean> sees = new HashMap<>();
		clients.forEach((who, api) -> {
			if (!who.equals("anonymous")) {
				sees.put(who, CaseLifecycleIT.ids(api.get("/api/cases").body()).contains(caseId));
			}
		});
		assertThat(sees).containsExactlyInAnyOrderEntriesOf(Map.of("requester", true, "collaborator", true,
				"other organization", false, "provider", true, "other provider", false, "admin", false));
		assertThat(CaseLifecycleIT.ids(clients.get("admin").get("/api/admin/cases").body())).contains(caseId);
	}

	private Api.Response call(Api api, Call call) {
		String path = call.path().replace("{id}", caseId);
		return switch (call.method()) {
			case "GET" -> api.get(path);
			case "POST" -> api.postWith(path, call.body(), call.headers());
			case "PUT" -> api.put(path, call.body(), call.headers());
			case "DELETE" -> api.deleteWith(path, call.headers());
			default -> throw new IllegalArgumentException(call.method());
		};
	}

	private String writeNote(People.Member author, String visibility) {
		String id = UUID.randomUUID().toString();
		boolean memo = visibility.equals("INTERNAL");
		byte[] sealed = ContentEnvelope.seal(memo ? memoKey : caseKey, new AssociatedData(memo ? "memo" : "note", id),
				new byte[] { 1 });
		var created = author.api().post("/api/cases/" + caseId + "/notes",
				Map.of("id", id, "visibility", visibility, "body", Base64Url.encode(sealed)));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return id;
	}

	/**
	 * A 404 counts as refused only when it is the case that was "not found" (or, for a note, the note);
	 * other 404s come after access.
	 */
	private static Outcome outcome(Api.Response response) {
		return switch (response.status()) {
			case 401 -> Outcome.UNAUTHORIZED;
			case 403 -> Outcome.FORBIDDEN;
			case 404 -> switch (response.body().path("detail").asString()) {
				case "The case was not found." -> Outcome.NOT_FOUND;
				case "The note was not found." -> Outcome.NOTE_NOT_FOUND;
				default -> Outcome.THROUGH;
			};
			default -> Outcome.THROUGH;
		};
	}

}
