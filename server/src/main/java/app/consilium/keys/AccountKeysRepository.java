package app.consilium.keys;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.consilium.platform.ProblemException;

/** Key material in {@code account_keys}, and the fingerprint history in {@code account_key_history}. */
@Repository
class AccountKeysRepository {

	private static final String COLUMNS = """
			account_id, public_keys, fingerprint, private_keys_sealed, passphrase_wrap_sealed, recovery_wrap_sealed,
			created_at, updated_at, version""";

	private final JdbcClient jdbc;

	AccountKeysRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AccountKeys> find(UUID accountId) {
		return jdbc.sql("select " + COLUMNS + " from account_keys where account_id = ?")
			.param(accountId)
			.query(this::map)
			.optional();
	}

	void insert(AccountKeys k) {
		jdbc.sql("insert into account_keys (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(k.accountId(), k.publicKeys(), k.fingerprint(), k.privateKeysSealed(), k.passphraseWrapSealed(),
					k.recoveryWrapSealed(), utc(k.createdAt()), utc(k.updatedAt()))
			.update();
	}

	/** Replaces everything (a key reset): a new key pair, new wraps. */
	void replace(AccountKeys k) {
		checked(jdbc.sql("""
				update account_keys set public_keys = ?, fingerprint = ?, private_keys_sealed = ?,
				  passphrase_wrap_sealed = ?, recovery_wrap_sealed = ?, updated_at = ?, version = version + 1
				where account_id = ? and version = ?""")
			.params(k.publicKeys(), k.fingerprint(), k.privateKeysSealed(), k.passphraseWrapSealed(),
					k.recoveryWrapSealed(), utc(k.updatedAt()), k.accountId(), k.version())
			.update());
	}

	void updatePassphraseWrap(UUID accountId, int version, byte[] wrap, Instant now) {
		checked(jdbc.sql("""
				update account_keys set passphrase_wrap_sealed = ?, updated_at = ?, version = version + 1
				where account_id = ? and version = ?""")
			.params(wrap, utc(now), accountId, version)
			.update());
	}

	void updateRecoveryWrap(UUID accountId, int version, byte[] wrap, Instant now) {
		checked(jdbc.sql("""
				update account_keys set recovery_wrap_sealed = ?, updated_at = ?, version = version + 1
				where account_id = ? and version = ?""")
			.params(wrap, utc(now), accountId, version)
			.update());
	}

	void recordPublished(UUID accountId, String fingerprint, byte[] publicKeys, String reason, Instant now) {
		jdbc.sql("""
				insert into account_key_history (account_id, fingerprint, public_keys, created_at, reason)
				values (?, ?, ?, ?, ?)""")
			.params(accountId, fingerprint, publicKeys, utc(now), reason)
			.update();
	}

	/** Public keys the account published at some time, by fingerprint (to verify grants signed back then). */
	Optional<byte[]> publishedKeys(UUID accountId, String fingerprint) {
		return jdbc.sql("select public_keys from account_key_history where account_id = ? and fingerprint = ?")
			.params(accountId, fingerprint)
			.query(byte[].class)
			.optional();
	}

	private static void checked(int rows) {
		if (rows != 1) {
			throw ProblemException.preconditionFailed();
		}
	}

	private AccountKeys map(ResultSet rs, int row) throws SQLException {
		return new AccountKeys(rs.getObject("account_id", UUID.class), rs.getBytes("public_keys"),
				rs.getString("fingerprint"), rs.getBytes("private_keys_sealed"), rs.getBytes("passphrase_wrap_sealed"),
				rs.getBytes("recovery_wrap_sealed"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getInt("version"));
	}

}
