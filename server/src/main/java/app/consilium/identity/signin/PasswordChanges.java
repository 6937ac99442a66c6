package app.consilium.identity.signin;

import static app.consilium.platform.Sql.utc;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.account.Account;
import app.consilium.identity.account.AccountRepository;
import app.consilium.identity.account.PasswordPolicy;
import app.consilium.identity.account.Passwords;
import app.consilium.identity.account.Tokens;
import app.consilium.notifications.EmailOutbox;
import app.consilium.platform.PublicLinks;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * A new sign-in password ends every other session of the account: whoever knew the old one is out.
 * Reset links are single-use, expire after an hour, and travel in the URL fragment so they never reach a
 * server log.
 */
@Service
class PasswordChanges {

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final PasswordPolicy policy;

	private final Sessions sessions;

	private final EmailOutbox outbox;

	private final PublicLinks links;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration resetValidity;

	PasswordChanges(AccountRepository accounts, Passwords passwords, PasswordPolicy policy, Sessions sessions,
			EmailOutbox outbox, PublicLinks links, JdbcClient jdbc, Clock clock,
			@Value("${consilium.password-reset.validity:1h}") Duration resetValidity) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.sessions = sessions;
		this.outbox = outbox;
		this.links = links;
		this.jdbc = jdbc;
		this.clock = clock;
		this.resetValidity = resetValidity;
	}

	@Transactional
	void change(UUID accountId, String current, String next, HttpServletRequest request, HttpServletResponse response) {
		Account account = accounts.get(accountId);
		if (!passwords.matches(current, account.passwordHash())) {
			throw new FieldProblem("currentPassword", "The current password is not right.");
		}
		policy.check("newPassword", next);
		accounts.updatePasswordHash(accountId, passwords.hash(next));
		sessions.closeAll(accountId);
		sessions.close(request);
		sessions.open(account, request, response);
	}

	@Transactional
	void sendResetLink(String email) {
		accounts.findByEmail(email).filter(Account::isActive).ifPresent(account -> {
			String token = Tokens.newToken();
			jdbc.sql("insert into password_reset (id, token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), Tokens.hash(token), account.id(), utc(clock.instant()),
						utc(clock.instant().plus(resetValidity)))
				.update();
			outbox.enqueue(account.email(), "Reset your Consilium password", """
					Hello %s,

					someone asked to reset the password of your Consilium account. If it was you, open this link
					within %d minutes to choose a new password:

					%s

					If it was not you, ignore this email: your password stays as it is.
					""".formatted(account.profile().fullName(), resetValidity.toMinutes(),
					links.link("/reset-password", token)));
		});
	}

	@Transactional
	void reset(String token, String password) {
		policy.check("password", password);
		UUID accountId = jdbc.sql("select account_id from password_reset where token_hash = ? and used_at is null and expires_at > ?")
			.params(Tokens.hash(token), utc(clock.instant()))
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> ProblemException.gone("reset-link-invalid",
					"This reset link has expired or has already been used. Ask for a new one."));
		int used = jdbc.sql("update password_reset set used_at = ? where token_hash = ? and used_at is null")
			.params(utc(clock.instant()), Tokens.hash(token))
			.update();
		if (used != 1) {
			throw ProblemException.gone("reset-link-invalid", "This reset link has already been used.");
		}
		accounts.updatePasswordHash(accountId, passwords.hash(password));
		sessions.closeAll(accountId);
	}

}
