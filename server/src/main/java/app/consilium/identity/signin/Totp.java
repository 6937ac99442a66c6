package app.consilium.identity.signin;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as every authenticator
 * app implements them. One step of clock drift either way is tolerated.
 */
final class Totp {

	private static final int STEP_SECONDS = 30;

	private static final int DIGITS = 6;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return Base32.encode(secret);
	}

	/** The time step the code belongs to, if it is valid now. */
	static OptionalLong matchingStep(String secret, String code, Clock clock) {
		if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long now = clock.millis() / 1000 / STEP_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			if (java.security.MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	static String code(String secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(Base32.decode(secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
			return String.format("%0" + DIGITS + "d", binary % (int) Math.pow(10, DIGITS));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", ex);
		}
	}

	static String otpauthUri(String secret, String email) {
		String label = java.net.URLEncoder.encode("Consilium:" + email, java.nio.charset.StandardCharsets.UTF_8)
			.replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Consilium&algorithm=SHA1&digits=" + DIGITS
				+ "&period=" + STEP_SECONDS;
	}

}
