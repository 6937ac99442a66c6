package app.consilium.identity.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

import app.consilium.platform.ProblemException;

/**
 * Hashes sign-in passwords with Argon2id (OWASP's parameters: 19 MiB, 2 passes, 1 lane). The sign-in
 * password only opens a session; the encryption passphrase is a different secret that never leaves the
 * browser.
 *
 * <p>Hashing is CPU- and memory-bound, so at most one hash per core runs at a time (fairly queued): a burst
 * of sign-ins waits its turn instead of taking every core and every pooled connection from the rest of the
 * application. Whoever waits too long gets a 503 with a sentence to retry.
 */
@Component
public class Passwords {

	private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

	/** A hash of a random password, checked against when an account does not exist, so timing tells nothing. */
	private final String decoy = encoder.encode("decoy password that matches nothing");

	private final Semaphore slots;

	private final Duration maxWait;

	Passwords(@Value("${consilium.passwords.concurrent-hashes:0}") int concurrentHashes,
			@Value("${consilium.passwords.max-wait:10s}") Duration maxWait) {
		int permits = concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors();
		this.slots = new Semaphore(permits, true);
		this.maxWait = maxWait;
	}

	public String hash(String password) {
		return limited(() -> encoder.encode(password));
	}

	public boolean matches(String password, String hash) {
		return limited(() -> encoder.matches(password, hash != null ? hash : decoy));
	}

	private <T> T limited(java.util.function.Supplier<T> work) {
		try {
			if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "busy",
						"Too many people are signing in at this moment. Try again in a few seconds.");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		try {
			return work.get();
		}
		finally {
			slots.release();
		}
	}

}
