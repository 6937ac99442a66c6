package app.consilium.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import app.consilium.platform.ProblemException;

/**
 * Where a keyset page ended: the sort value of its last row and the unique key that breaks ties (a case's
 * reference, an activity entry's id), as an opaque string the client hands back in {@code after}. Opaque
 * so that clients do not build them; not a secret.
 */
record Cursor(String value, String tieBreaker) {

	private static final char SEPARATOR = '\n';

	String encode() {
		String plain = (value == null ? "" : value) + SEPARATOR + tieBreaker;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	Instant instant() {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw malformed();
		}
	}

	UUID id() {
		try {
			return UUID.fromString(tieBreaker);
		}
		catch (IllegalArgumentException ex) {
			throw malformed();
		}
	}

	static Cursor of(Instant value, UUID id) {
		return new Cursor(value.toString(), id.toString());
	}

	/** Null for no cursor (the first page); a 400 problem for one this server did not make. */
	static Cursor decode(String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return null;
		}
		try {
			String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			int split = plain.lastIndexOf(SEPARATOR);
			if (split < 0) {
				throw malformed();
			}
			return new Cursor(plain.substring(0, split), plain.substring(split + 1));
		}
		catch (IllegalArgumentException ex) {
			throw malformed();
		}
	}

	private static ProblemException malformed() {
		return ProblemException.badRequest("cursor-malformed", "The page cursor is not one this server made.");
	}

}
