package app.consilium.platform;

import org.springframework.http.HttpStatus;

/**
 * Optimistic locking at the HTTP boundary: every mutable resource carries a version, exposed as a strong
 * ETag, and a change must name the version it was based on in If-Match.
 */
public final class Versions {

	private Versions() {
	}

	public static String etag(int version) {
		return "\"" + version + "\"";
	}

	/** The version an If-Match header names; a missing or malformed header is refused (428 / 400). */
	public static int fromIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
					"This change needs an If-Match header with the version it is based on.");
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw ProblemException.badRequest("if-match-malformed", "The If-Match header is not a version.");
		}
	}

}
