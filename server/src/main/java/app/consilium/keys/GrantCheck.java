package app.consilium.keys;

import java.util.HexFormat;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CannotVerifyException;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.GrantStructure;
import app.consilium.crypto.InvalidStructureException;
import app.consilium.crypto.Member;
import app.consilium.crypto.PublicKeys;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * Reads a posted grant without any secret: its shape, and the granter's signature over every byte of it
 * (docs/crypto.md §8). What it names (case, scope, generation, recipient) is then checked against the
 * case by {@link CaseKeyGrants}.
 */
final class GrantCheck {

	private GrantCheck() {
	}

	record Checked(GrantStructure structure, byte[] bytes, UUID recipientId, String recipientFingerprint) {
	}

	static Checked signedBy(String encoded, UUID granterId, AccountKeys granterKeys) {
		byte[] bytes;
		try {
			bytes = Base64Url.decode(encoded);
		}
		catch (InvalidStructureException ex) {
			throw new FieldProblem("grant", "Not unpadded base64url.");
		}
		try {
			var granter = new Member(granterId.toString(), PublicKeys.decode(granterKeys.publicKeys()));
			GrantStructure structure = CaseKeyGrant.verify(bytes, granter);
			return new Checked(structure, bytes, parseId(structure.recipientAccountId()),
					HexFormat.of().withUpperCase().formatHex(structure.recipientFingerprint().bytes()));
		}
		catch (InvalidStructureException ex) {
			throw new FieldProblem("grant", "Not a valid case-key grant: " + ex.getMessage() + ".");
		}
		catch (CannotVerifyException ex) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "grant-not-yours",
					"This grant is not signed by your current key.");
		}
	}

	private static UUID parseId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("grant", "The grant names an unknown recipient.");
		}
	}

}
