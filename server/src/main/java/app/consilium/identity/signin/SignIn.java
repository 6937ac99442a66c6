package app.consilium.identity.signin;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import app.consilium.identity.account.Account;
import app.consilium.identity.account.AccountRepository;
import app.consilium.identity.account.Passwords;
import app.consilium.platform.ProblemException;

/**
 * Checks a sign-in: throttling first, then the password, then the second factor. Every failure looks the
 * same from outside ("bad credentials") until the password is right; only then may the answer say that the
 * account is deactivated or that a code is needed.
 */
@Service
class SignIn {

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final SignInThrottle throttle;

	private final RecoveryCodes recoveryCodes;

	private final Clock clock;

	SignIn(AccountRepository accounts, Passwords passwords, SignInThrottle throttle, RecoveryCodes recoveryCodes,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.recoveryCodes = recoveryCodes;
		this.clock = clock;
	}

	/**
	 * Deliberately not one transaction: the password hash takes tens of milliseconds of CPU, and holding a
	 * pooled connection through it starves every other request once sign-ins queue up (bench/signin).
	 */
	Account check(String rawEmail, String password, String code, String address) {
		String email = AccountRepository.normalizeEmail(rawEmail);
		throttle.checkAllowed(email, address);
		Account account = accounts.findByEmail(email).orElse(null);
		if (!passwords.matches(password, account == null ? null : account.passwordHash()) || account == null) {
			fail(email, address, "bad-credentials", "The email or password is not right.");
		}
		if (!account.isActive()) {
			throw ProblemException.forbidden("account-deactivated",
					"This account is deactivated. Ask your administrator to reactivate it.");
		}
		if (account.secondFactor().enabled()) {
			checkSecondFactor(account, code, email, address);
		}
		throttle.clearFailures(email);
		return account;
	}

	private void checkSecondFactor(Account account, String code, String email, String address) {
		if (code == null || code.isBlank()) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "second-factor-required",
					"Enter the code from your authenticator app, or a recovery code.");
		}
		String trimmed = code.replace(" ", "").trim();
		var step = Totp.matchingStep(account.secondFactor().secret(), trimmed, clock);
		boolean ok = step.isPresent() ? accounts.useTotpStep(account.id(), step.getAsLong())
				: recoveryCodes.use(account.id(), trimmed);
		if (!ok) {
			fail(email, address, "bad-second-factor", "The authentication code is not right.");
		}
	}

	private void fail(String email, String address, String type, String detail) {
		throttle.recordFailure(email, address);
		throw new ProblemException(HttpStatus.UNAUTHORIZED, type, detail);
	}

}
