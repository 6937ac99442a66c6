package app.consilium.identity.signin;

import static app.consilium.platform.Sql.utc;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.consilium.identity.account.Tokens;

/**
 * Ten single-use codes that stand in for the authenticator app when it is lost. Shown once; only their
 * hashes are kept.
 */
@Component
class RecoveryCodes {

	private static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<String> replace(UUID accountId) {
		jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			jdbc.sql("insert into recovery_code (account_id, code_hash) values (?, ?)")
				.params(accountId, Tokens.hash(normalize(code)))
				.update();
		}
		return codes;
	}

	boolean use(UUID accountId, String code) {
		return jdbc.sql("update recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null")
			.params(utc(clock.instant()), accountId, Tokens.hash(normalize(code)))
			.update() == 1;
	}

	void deleteAll(UUID accountId) {
		jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String normalize(String code) {
		return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
	}

}
