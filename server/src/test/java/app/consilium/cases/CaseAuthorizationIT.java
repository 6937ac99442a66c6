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

import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.People;

/**
 * Who may call which case endpoint, for every kind of person: the requester who opened the case, a
 * collaborator, a requester of another organization, the assigned provider, another provider, an admin,
 * and someone not signed in. Outsiders get the same 404 as for a case that does not exist; a member
 * whose role does not allow an action gets 403; admin routes are for admins only.
 */
@IntegrationTest
class CaseAuthorizationIT {

	/** What a person should get: through (any answer but a refusal), or refused with this status. */
	enum Outcome {

		THROUGH, NOT_FOUND, FORBIDDEN, UNAUTHORIZED

	}

	private static final Outcome T = Outcome.THROUGH;

	private static final Outcome N = Outcome.NOT_FOUND;

	private static final Outcome F = Outcome.FORBIDDEN;

	private static final Outcome U = Outcome.UNAUTHORIZED;

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

	@BeforeEach
	void setUp() {
		people = new People(port);
		Api admin = people.admin();
		String organization = people.organization(admin, "LAW_FIRM");
		var requester = people.requester(admin, organization, true);
		people.onboard(admin, requester, "Requester-passphrase-1!");
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
			case "DELETE" -> api.delete(path);
			default -> throw new IllegalArgumentException(call.method());
		};
	}

	/** A 404 counts as refused only when it is the case that was "not found"; other 404s come after access. */
	private static Outcome outcome(Api.Response response) {
		return switch (response.status()) {
			case 401 -> Outcome.UNAUTHORIZED;
			case 403 -> Outcome.FORBIDDEN;
			case 404 -> "The case was not found.".equals(response.body().path("detail").asString()) ? Outcome.NOT_FOUND
					: Outcome.THROUGH;
			default -> Outcome.THROUGH;
		};
	}

}
