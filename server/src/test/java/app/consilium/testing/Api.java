package app.consilium.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's HTTP client, as the front end behaves: keeps its cookies, sends the CSRF token from the
 * XSRF-TOKEN cookie on every change, speaks JSON.
 */
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	public Api(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	public record Response(int status, Map<String, java.util.List<String>> headers, JsonNode body, String raw) {

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		public String text(String field) {
			return body.path(field).asString();
		}

	}

	public Response get(String path) {
		return execute(HttpRequest.newBuilder(uri(path)).GET());
	}

	public Response post(String path, Object body) {
		return send(HttpRequest.newBuilder(uri(path)), "POST", body, Map.of());
	}

	public Response postWith(String path, Object body, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(uri(path)), "POST", body, headers);
	}

	public Response put(String path, Object body, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(uri(path)), "PUT", body, headers);
	}

	public Response delete(String path) {
		return deleteWith(path, Map.of());
	}

	public Response deleteWith(String path, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(uri(path)), "DELETE", null, headers);
	}

	/** Sends raw bytes (a document chunk) with the CSRF token and the given headers. */
	public Response putBytes(String path, byte[] body, Map<String, String> headers) {
		ensureCsrfCookie();
		var request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/octet-stream")
			.header("X-XSRF-TOKEN", csrfToken())
			.PUT(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return execute(request);
	}

	/** The status and the body's bytes of a GET (a document's content). */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sends a body exactly as given (malformed JSON, huge bodies) with the CSRF token. */
	public Response postRaw(String path, String rawBody) {
		ensureCsrfCookie();
		var request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(rawBody));
		return execute(request);
	}

	/** Sends a change without the CSRF header, as a forged cross-site request would. */
	public Response postWithoutCsrf(String path, Object body) {
		var request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		return execute(request);
	}

	public String csrfToken() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	public String sessionCookie() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("CONSILIUM_SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private Response send(HttpRequest.Builder request, String method, Object body, Map<String, String> headers) {
		ensureCsrfCookie();
		request.header("X-XSRF-TOKEN", csrfToken());
		headers.forEach(request::header);
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		return execute(request);
	}

	private void ensureCsrfCookie() {
		if (csrfToken().isEmpty()) {
			get("/api/session");
		}
	}

	private Response execute(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String raw = response.body();
			JsonNode body = raw == null || raw.isBlank() || !raw.trim().startsWith("{") && !raw.trim().startsWith("[")
					? JSON.createObjectNode() : JSON.readTree(raw);
			return new Response(response.statusCode(), response.headers().map(), body, raw);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

}
