package app.consilium.identity.setup;

import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.AccountRole;
import app.consilium.identity.account.Account;
import app.consilium.identity.account.AccountRepository;
import app.consilium.identity.account.PasswordPolicy;
import app.consilium.identity.account.Passwords;
import app.consilium.identity.account.Tokens;
import app.consilium.identity.organization.Organization;
import app.consilium.identity.organization.OrganizationKind;
import app.consilium.identity.organization.OrganizationRepository;
import app.consilium.platform.ProblemException;

/**
 * Creates the operator organization and its first administrator. Consuming the token is the first write:
 * of two racing requests with the right token, one deletes the row and the other finds it gone.
 */
@Service
class FirstAdministrator {

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final OrganizationRepository organizations;

	private final Passwords passwords;

	private final PasswordPolicy policy;

	private final Clock clock;

	FirstAdministrator(JdbcClient jdbc, AccountRepository accounts, OrganizationRepository organizations,
			Passwords passwords, PasswordPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organizations = organizations;
		this.passwords = passwords;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	Account create(String token, String email, String fullName, String password) {
		policy.check("password", password);
		int consumed = jdbc.sql("delete from setup_token where id = 1 and token_hash = ?").param(Tokens.hash(token)).update();
		if (consumed != 1 || accounts.anyAdmin()) {
			throw ProblemException.forbidden("setup-token-invalid",
					"This setup token is not valid. Use the one printed in the log at the latest start.");
		}
		var operator = new Organization(UUID.randomUUID(), "Platform operator", OrganizationKind.OPERATOR, null, null,
				null, true, clock.instant(), 0);
		organizations.insert(operator);
		var admin = Account.create(UUID.randomUUID(), email, passwords.hash(password), AccountRole.ADMIN, operator.id(),
				true, fullName.trim(), clock.instant());
		accounts.insert(admin);
		return accounts.get(admin.id());
	}

}
