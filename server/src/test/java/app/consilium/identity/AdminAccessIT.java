package app.consilium.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.People;

/** Every admin endpoint refuses anonymous callers (401) and signed-in non-admins (403), and lets admins in. */
@IntegrationTest
class AdminAccessIT {

	@LocalServerPort
	int port;

	People people;

	Api admin;

	/** Made once for the class: the refusals do not depend on who exactly they are. */
	static Api requester;

	static Api provider;

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
		if (requester == null) {
			requester = people.requester(admin, people.organization(admin, "HOSPITAL"), true).api();
			provider = people.provider(admin).api();
		}
	}

	record Endpoint(String method, String path, Map<String, Object> body) {

		@Override
		public String toString() {
			return method + " " + path;
		}

		Api.Response call(Api api) {
			String concrete = path.replace("{id}", UUID.randomUUID().toString());
			return switch (method) {
				case "GET" -> api.get(concrete);
				case "POST" -> api.post(concrete, body);
				case "PUT" -> api.put(concrete, body, Map.of("If-Match", "\"0\""));
				case "DELETE" -> api.delete(concrete);
				default -> throw new IllegalArgumentException(method);
			};
		}

	}

	static Stream<Endpoint> adminEndpoints() {
		return Stream.of(new Endpoint("GET", "/api/admin/invitations", null),
				new Endpoint("POST", "/api/admin/invitations",
						Map.of("email", "x@example.org", "role", "PROVIDER", "organizationOwner", false)),
				new Endpoint("DELETE", "/api/admin/invitations/{id}", null),
				new Endpoint("GET", "/api/admin/accounts", null),
				new Endpoint("POST", "/api/admin/accounts/{id}/deactivate", null),
				new Endpoint("POST", "/api/admin/accounts/{id}/reactivate", null),
				new Endpoint("GET", "/api/admin/organizations", null),
				new Endpoint("POST", "/api/admin/organizations", Map.of("name", "Refused LLP", "kind", "LAW_FIRM")),
				new Endpoint("PUT", "/api/admin/organizations/{id}", Map.of("name", "Refused LLP", "kind", "LAW_FIRM")),
				new Endpoint("GET", "/api/admin/specialties", null),
				new Endpoint("POST", "/api/admin/specialties", Map.of("name", "Refused specialty")),
				new Endpoint("PUT", "/api/admin/specialties/{id}", Map.of("name", "Refused", "active", true)),
				new Endpoint("GET", "/api/admin/cases", null), new Endpoint("GET", "/api/admin/cases/{id}", null),
				new Endpoint("GET", "/api/admin/cases/{id}/key-status", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("adminEndpoints")
	@DisplayName("anonymous: 401")
	void anonymousGets401(Endpoint endpoint) {
		var response = endpoint.call(people.anonymous());
		assertThat(response.status()).as(response.raw()).isEqualTo(401);
		assertThat(response.text("type")).endsWith("/not-signed-in");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("adminEndpoints")
	@DisplayName("requesters and providers: 403")
	void nonAdminsGet403(Endpoint endpoint) {
		for (Api someone : new Api[] { requester, provider }) {
			var response = endpoint.call(someone);
			assertThat(response.status()).as(response.raw()).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("adminEndpoints")
	@DisplayName("admins pass the gate (the answer is the endpoint's own)")
	void adminsPass(Endpoint endpoint) {
		var response = endpoint.call(admin);
		assertThat(response.status()).as(response.raw()).isNotIn(401, 403);
	}

}
