package app.consilium.keys;

import app.consilium.crypto.Base64Url;
import app.consilium.crypto.EnvelopeStructure;
import app.consilium.crypto.InvalidStructureException;
import app.consilium.platform.FieldProblem;

/**
 * A sealed envelope as a feature receives it (base64url in a JSON field): its bytes and the key
 * generation it names. The server checks the shape only; it cannot open it.
 */
public record SealedContent(byte[] bytes, int generation) {

	/** The envelope in {@code field}, or a 400 problem on that field when it is not one. */
	public static SealedContent parse(String field, String encoded) {
		try {
			byte[] bytes = Base64Url.decode(encoded);
			return new SealedContent(bytes, EnvelopeStructure.parse(bytes).generation());
		}
		catch (InvalidStructureException ex) {
			throw new FieldProblem(field, "Not a sealed envelope: " + ex.getMessage() + ".");
		}
	}

}
