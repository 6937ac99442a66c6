package app.consilium.documents;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.consilium.platform.ProblemException;

/**
 * The SHA-256 a client declares for a chunk in an RFC 9530 {@code Content-Digest} header
 * ({@code sha-256=:base64:}): the server stores a chunk only when the bytes it received hash to it, so a
 * chunk damaged on the way is refused instead of stored.
 */
final class ContentDigest {

	private static final Pattern SHA_256 = Pattern.compile("(?:^|,)\\s*sha-256\\s*=\\s*:([A-Za-z0-9+/=]+):");

	private ContentDigest() {
	}

	static byte[] sha256(String header) {
		Matcher m = header == null ? null : SHA_256.matcher(header);
		if (m == null || !m.find()) {
			throw ProblemException.badRequest("content-digest-required",
					"Each chunk needs a Content-Digest header with its SHA-256 (sha-256=:base64:).");
		}
		try {
			byte[] digest = Base64.getDecoder().decode(m.group(1));
			if (digest.length == 32) {
				return digest;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw ProblemException.badRequest("content-digest-malformed", "The Content-Digest header is not a SHA-256.");
	}

}
