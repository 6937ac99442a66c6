package app.consilium.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.People;
import app.consilium.testing.StatementCounter;
import tools.jackson.databind.JsonNode;

/**
 * Case lists: each person sees exactly their cases, pages by keyset without gaps or repeats in every
 * sort order, filters and searches; and a page costs the same number of SQL statements whatever the
 * number of cases.
 */
@IntegrationTest
@Import(StatementCounter.Configuration.class)
class CaseListIT {

	private static final List<String> NAMES = List.of("Case Delta", "Case Alpha", "Case Echo", "Case Bravo",
			"Case Golf", "Case Charlie", "Case Foxtrot");

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter statements;

	People people;

	Api admin;

	People.Member requester;

	People.Member otherOrganization;

	People.Member provider;

	String specialty;

	String otherOrganizationId;

	Map<String, String> idsByName = new HashMap<>();

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
		requester = people.requester(admin, people.organization(admin, "LAW_FIRM"), true);
		people.onboard(admin, requester, "Requester-passphrase-1!");
		otherOrganizationId = people.organization(admin, "INSURER");
		otherOrganization = people.requester(admin, otherOrganizationId, true);
		people.onboard(admin, otherOrganization, "Requester-passphrase-2!");
		specialty = people.specialty(admin, "Orthopedics " + UUID.randomUUID());
		provider = people.provider(admin);
		people.onboard(admin, provider, "Provider-passphrase-3!", specialty);
		for (String name : NAMES) {
			idsByName.put(name, intake(requester.api(), name));
		}
		intake(otherOrganization.api(), "Other Organization One");
		intake(otherOrganization.api(), "Other Organization Two");
	}

	@Test
	@DisplayName("requesters see their cases only; pages of two walk all of them in every sort order")
	void keysetPagesInEverySortOrder() {
		assertThat(names(otherOrganization.api(), "")).containsExactlyInAnyOrder("Other Organization One",
				"Other Organization Two");
		assertThat(walk(requester.api(), "sort=name&direction=asc")).containsExactlyElementsOf(
				NAMES.stream().sorted().toList());
		assertThat(walk(requester.api(), "sort=name&direction=desc")).containsExactlyElementsOf(
				NAMES.stream().sorted(Comparator.reverseOrder()).toList());
		assertThat(walk(requester.api(), "sort=created")).as("newest first").containsExactlyElementsOf(
				reversed(NAMES));
		assertThat(walk(requester.api(), "sort=activity&direction=asc")).containsExactlyElementsOf(NAMES);

		assign("Case Echo");
		assertThat(walk(requester.api(), "")).as("assigning is activity: Echo moves to the top").first()
			.isEqualTo("Case Echo");
		assertThat(walk(requester.api(), "sort=doctor&direction=desc")).first().isEqualTo("Case Echo");
		assertThat(walk(requester.api(), "sort=status")).as("statuses sort by their words: Assigned before New")
			.hasSize(NAMES.size())
			.first()
			.isEqualTo("Case Echo");
		assertThat(walk(admin, "sort=name&organizationId=" + otherOrganizationId)).containsExactly(
				"Other Organization One", "Other Organization Two");
	}

	@Test
	@DisplayName("filters by status, type, specialty and provider; searches by name and reference; tabs split the views")
	void filtersAndSearch() {
		assign("Case Bravo");
		assertThat(names(requester.api(), "status=ASSIGNED")).containsExactly("Case Bravo");
		assertThat(names(requester.api(), "providerId=" + provider.id())).containsExactly("Case Bravo");
		assertThat(names(requester.api(), "specialtyId=" + specialty)).hasSize(NAMES.size());
		assertThat(names(requester.api(), "engagementType=SECOND_OPINION")).isEmpty();
		assertThat(names(requester.api(), "view=completed")).isEmpty();
		assertThat(names(requester.api(), "view=completed&status=ASSIGNED")).as("a status outside the tab").isEmpty();
		assertThat(names(requester.api(), "q=" + encode("bRaVo"))).containsExactly("Case Bravo");
		String reference = requester.api().get("/api/cases/" + idsByName.get("Case Golf")).body().path("summary")
			.path("reference").asString();
		assertThat(names(requester.api(), "q=" + reference.toLowerCase())).containsExactly("Case Golf");
		assertThat(names(requester.api(), "q=" + encode("%"))).as("wildcards are text").isEmpty();
		assertThat(names(provider.api(), "")).as("the provider sees the case assigned to them")
			.containsExactly("Case Bravo");

		assertThat(requester.api().get("/api/cases?sort=colour").status()).isEqualTo(400);
		assertThat(requester.api().get("/api/cases?after=not-a-cursor").status()).isEqualTo(400);
		assertThat(requester.api().get("/api/cases?limit=1000").status()).isEqualTo(400);
		assertThat(requester.api().get("/api/cases?status=LOST").status()).isEqualTo(400);
		assertThat(requester.api().get("/api/cases?organizationId=" + otherOrganizationId).status()).isEqualTo(400);
		assertThat(admin.get("/api/cases").body().path("items")).as("admins are on no case").isEmpty();
	}

	@Test
	@DisplayName("a page of the case list costs the same number of SQL statements for 7 cases and for 37")
	void constantStatements() {
		assign("Case Alpha");
		List<String> requesterFew = statementsFor(requester.api(), "/api/cases?limit=100");
		List<String> adminFew = statementsFor(admin, "/api/admin/cases?limit=100");
		for (int i = 0; i < 30; i++) {
			String id = intake(requester.api(), "More " + i);
			if (i % 3 == 0) {
				adminAssign(id);
			}
		}
		assertThat(names(requester.api(), "limit=100")).hasSize(37);
		assertThat(statementsFor(requester.api(), "/api/cases?limit=100")).isEqualTo(requesterFew);
		assertThat(statementsFor(admin, "/api/admin/cases?limit=100")).isEqualTo(adminFew);
		assertThat(requesterFew).as("the account, the page, names of specialties and organizations").hasSizeLessThanOrEqualTo(5);
	}

	private List<String> statementsFor(Api api, String path) {
		api.get(path);
		statements.reset();
		var response = api.get(path);
		assertThat(response.status()).isEqualTo(200);
		return statements.statements();
	}

	private String intake(Api api, String name) {
		var created = api.post("/api/cases", Map.of("engagementType", "EXPERT_ENGAGEMENT", "name", name,
				"specialtyId", specialtyOrNew(), "expertService", "RECORD_REVIEW"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().path("summary").path("id").asString();
	}

	private String specialtyOrNew() {
		if (specialty == null) {
			specialty = people.specialty(admin, "Orthopedics " + UUID.randomUUID());
		}
		return specialty;
	}

	private void assign(String name) {
		adminAssign(idsByName.get(name));
	}

	private void adminAssign(String caseId) {
		int version = admin.get("/api/admin/cases/" + caseId).body().path("version").asInt();
		var assigned = admin.postWith("/api/admin/cases/" + caseId + "/transitions",
				Map.of("action", "ASSIGN", "providerId", provider.id()), People.ifMatch(version));
		assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
	}

	private static List<String> names(Api api, String query) {
		var page = api.get("/api/cases?" + query);
		assertThat(page.status()).as(page.raw()).isEqualTo(200);
		return page.body().path("items").valueStream().map(c -> c.path("name").asString()).toList();
	}

	/** Follows `next` with pages of two until the end. */
	private static List<String> walk(Api api, String query) {
		String base = (api.get("/api/session").body().path("role").asString().equals("ADMIN") ? "/api/admin/cases?"
				: "/api/cases?") + query + "&limit=2";
		List<String> names = new ArrayList<>();
		String next = null;
		do {
			JsonNode page = api.get(base + (next == null ? "" : "&after=" + next)).body();
			assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
			page.path("items").valueStream().forEach(c -> names.add(c.path("name").asString()));
			next = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asString();
		}
		while (next != null);
		return names;
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
