package app.consilium.identity.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes sign-in passwords with Argon2id (OWASP's parameters: 19 MiB, 2 passes, 1 lane). The sign-in
 * password only opens a session; the encryption passphrase is a different secret that never leaves the
 * browser.
 */
@Component
public class Passwords {

	private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

	/** A hash of a random password, checked against when an account does not exist, so timing tells nothing. */
	private final String decoy = encoder.encode("decoy password that matches nothing");

	public String hash(String password) {
		return encoder.encode(password);
	}

	public boolean matches(String password, String hash) {
		return encoder.matches(password, hash != null ? hash : decoy);
	}

}
