package app.consilium.identity.signin;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.SignedInAccount;
import app.consilium.identity.account.Account;
import app.consilium.identity.account.AccountRepository;
import app.consilium.identity.account.Passwords;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * The optional TOTP second factor: start (a new secret), confirm with a first code (switches it on and
 * returns recovery codes, once), and switch off with the password.
 */
@RestController
class SecondFactorController {

	private final AccountRepository accounts;

	private final RecoveryCodes recoveryCodes;

	private final Passwords passwords;

	private final Clock clock;

	SecondFactorController(AccountRepository accounts, RecoveryCodes recoveryCodes, Passwords passwords, Clock clock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.passwords = passwords;
		this.clock = clock;
	}

	record Enrollment(String secret, String otpauthUri) {
	}

	record CodeRequest(@NotBlank @Size(max = 16) String code) {
	}

	record PasswordRequest(@NotBlank @Size(max = 1024) String password) {
	}

	record RecoveryCodesView(List<String> recoveryCodes) {
	}

	@PostMapping("/api/me/second-factor")
	Enrollment start(@AuthenticationPrincipal SignedInAccount me) {
		Account account = accounts.get(me.id());
		if (account.secondFactor().enabled()) {
			throw ProblemException.conflict("second-factor-enabled", "Two-factor authentication is already on.");
		}
		String secret = Totp.newSecret();
		accounts.updateSecondFactor(me.id(), new Account.SecondFactor(secret, false, null));
		return new Enrollment(secret, Totp.otpauthUri(secret, account.email()));
	}

	@PostMapping("/api/me/second-factor/confirm")
	@Transactional
	RecoveryCodesView confirm(@AuthenticationPrincipal SignedInAccount me, @Valid @RequestBody CodeRequest request) {
		Account account = accounts.get(me.id());
		Account.SecondFactor factor = account.secondFactor();
		if (factor.secret() == null || factor.enabled()) {
			throw ProblemException.conflict("no-enrollment", "Start setting up two-factor authentication first.");
		}
		var step = Totp.matchingStep(factor.secret(), request.code().trim(), clock);
		if (step.isEmpty()) {
			throw new FieldProblem("code", "The code is not right. Check your device's clock and try again.");
		}
		accounts.updateSecondFactor(me.id(), new Account.SecondFactor(factor.secret(), true, step.getAsLong()));
		return new RecoveryCodesView(recoveryCodes.replace(me.id()));
	}

	@PostMapping("/api/me/second-factor/disable")
	@Transactional
	ResponseEntity<Void> disable(@AuthenticationPrincipal SignedInAccount me,
			@Valid @RequestBody PasswordRequest request) {
		Account account = accounts.get(me.id());
		if (!passwords.matches(request.password(), account.passwordHash())) {
			throw new FieldProblem("password", "The password is not right.");
		}
		accounts.updateSecondFactor(me.id(), new Account.SecondFactor(null, false, null));
		recoveryCodes.deleteAll(me.id());
		return ResponseEntity.noContent().build();
	}

}
