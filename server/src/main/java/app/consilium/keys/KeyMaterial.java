package app.consilium.keys;

import java.util.HexFormat;

import app.consilium.crypto.Base64Url;
import app.consilium.crypto.InvalidStructureException;
import app.consilium.crypto.PublicKeys;
import app.consilium.crypto.WrappedAccountKey;
import app.consilium.crypto.WrappedPrivateKeys;
import app.consilium.platform.FieldProblem;

/**
 * Decodes and shape-checks key material as it arrives, naming the offending field: base64url, exact
 * sizes, points on P-256, the right wrap suite, KDF iterations within the floor and cap. Nothing here
 * needs a key, and nothing of the material is echoed back in an error.
 */
final class KeyMaterial {

	private KeyMaterial() {
	}

	record Published(byte[] publicKeys, String fingerprint) {
	}

	static Published publicKeys(String field, String value) {
		byte[] bytes = decode(field, value);
		try {
			PublicKeys keys = PublicKeys.decode(bytes);
			return new Published(keys.encoded(), HexFormat.of().withUpperCase().formatHex(keys.fingerprint().bytes()));
		}
		catch (InvalidStructureException ex) {
			throw new FieldProblem(field, "Not a valid public key record: " + ex.getMessage() + ".");
		}
	}

	static byte[] privateKeys(String field, String value) {
		byte[] bytes = decode(field, value);
		try {
			WrappedPrivateKeys.parse(bytes);
			return bytes;
		}
		catch (InvalidStructureException ex) {
			throw new FieldProblem(field, "Not valid wrapped private keys: " + ex.getMessage() + ".");
		}
	}

	static byte[] accountKeyWrap(String field, String value, WrappedAccountKey.Suite suite) {
		byte[] bytes = decode(field, value);
		try {
			if (WrappedAccountKey.parse(bytes).suite() != suite) {
				throw new FieldProblem(field, "This wrap is of the wrong kind.");
			}
			return bytes;
		}
		catch (InvalidStructureException ex) {
			throw new FieldProblem(field, "Not a valid wrapped account key: " + ex.getMessage() + ".");
		}
	}

	static String encode(byte[] bytes) {
		return bytes == null ? null : Base64Url.encode(bytes);
	}

	private static byte[] decode(String field, String value) {
		if (value == null || value.isEmpty()) {
			throw new FieldProblem(field, "Required.");
		}
		try {
			return Base64Url.decode(value);
		}
		catch (InvalidStructureException ex) {
			throw new FieldProblem(field, "Not unpadded base64url.");
		}
	}

}
