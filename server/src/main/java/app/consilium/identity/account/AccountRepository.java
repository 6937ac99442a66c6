package app.consilium.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.consilium.identity.AccountRole;
import app.consilium.platform.ProblemException;
import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

/** Accounts in the {@code account} table; every change checks the version it was based on. */
@Repository
public class AccountRepository {

	private static final String COLUMNS = """
			id, email, password_hash, role, organization_id, organization_owner, status, full_name, title, phone,
			licence_number, bio, profile_completed_at, organization_completed_at, encryption_completed_at,
			totp_secret, totp_enabled, totp_last_step, created_at, version""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String normalizeEmail(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	public Optional<Account> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from account where id = ?").param(id).query(this::map).optional();
	}

	public Account get(UUID id) {
		return findById(id).orElseThrow(() -> ProblemException.notFound("The account"));
	}

	public Optional<Account> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from account where email = ?")
			.param(normalizeEmail(email))
			.query(this::map)
			.optional();
	}

	public boolean existsByEmail(String email) {
		return jdbc.sql("select count(*) from account where email = ?")
			.param(normalizeEmail(email))
			.query(Integer.class)
			.single() > 0;
	}

	public boolean anyAdmin() {
		return jdbc.sql("select count(*) from account where role = 'ADMIN'").query(Integer.class).single() > 0;
	}

	public List<Account> findAll() {
		return jdbc.sql("select " + COLUMNS + " from account order by full_name, email").query(this::map).list();
	}

	public List<Account> findByOrganization(UUID organizationId) {
		return jdbc.sql("select " + COLUMNS + " from account where organization_id = ? order by full_name, email")
			.param(organizationId)
			.query(this::map)
			.list();
	}

	public void insert(Account account) {
		Account.Profile p = account.profile();
		jdbc.sql("""
				insert into account (id, email, password_hash, role, organization_id, organization_owner, status,
				  full_name, title, phone, licence_number, bio, totp_enabled, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, 0)""")
			.params(account.id(), normalizeEmail(account.email()), account.passwordHash(), account.role().name(),
					account.organizationId(), account.organizationOwner(), account.status().name(), p.fullName(),
					p.title(), p.phone(), p.licenceNumber(), p.bio(), utc(account.createdAt()))
			.update();
	}

	/** Saves the profile and marks onboarding step 1 done; fails with 412 if the account changed meanwhile. */
	public void updateProfile(UUID id, int version, Account.Profile p, Instant now) {
		checked(jdbc.sql("""
				update account set full_name = ?, title = ?, phone = ?, licence_number = ?, bio = ?,
				  profile_completed_at = coalesce(profile_completed_at, ?), version = version + 1
				where id = ? and version = ?""")
			.params(p.fullName(), p.title(), p.phone(), p.licenceNumber(), p.bio(), utc(now), id, version)
			.update());
	}

	public void completeOrganizationStep(UUID id, Instant now) {
		jdbc.sql("""
				update account set organization_completed_at = coalesce(organization_completed_at, ?),
				  version = version + 1 where id = ?""").params(utc(now), id).update();
	}

	public void completeEncryptionStep(UUID id, Instant now) {
		jdbc.sql("""
				update account set encryption_completed_at = coalesce(encryption_completed_at, ?),
				  version = version + 1 where id = ?""").params(utc(now), id).update();
	}

	public void joinOrganization(UUID id, UUID organizationId, boolean owner) {
		jdbc.sql("update account set organization_id = ?, organization_owner = ?, version = version + 1 where id = ?")
			.params(organizationId, owner, id)
			.update();
	}

	public void updateStatus(UUID id, AccountStatus status) {
		jdbc.sql("update account set status = ?, version = version + 1 where id = ?")
			.params(status.name(), id)
			.update();
	}

	public void updatePasswordHash(UUID id, String hash) {
		jdbc.sql("update account set password_hash = ?, version = version + 1 where id = ?").params(hash, id).update();
	}

	public void updateSecondFactor(UUID id, Account.SecondFactor factor) {
		jdbc.sql("update account set totp_secret = ?, totp_enabled = ?, totp_last_step = ?, version = version + 1 where id = ?")
			.params(factor.secret(), factor.enabled(), factor.lastStep(), id)
			.update();
	}

	/**
	 * Records a used TOTP time step, only if it is newer than the last one: a code is accepted once, even when
	 * two sign-ins race with the same code.
	 */
	public boolean useTotpStep(UUID id, long step) {
		return jdbc.sql("update account set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?)")
			.params(step, id, step)
			.update() == 1;
	}

	public void replaceSpecialties(UUID accountId, Collection<UUID> specialtyIds) {
		jdbc.sql("delete from account_specialty where account_id = ?").param(accountId).update();
		for (UUID specialtyId : specialtyIds) {
			jdbc.sql("insert into account_specialty (account_id, specialty_id) values (?, ?)")
				.params(accountId, specialtyId)
				.update();
		}
	}

	/** The specialties of every provider, by account: one query for the whole directory. */
	public Map<UUID, List<UUID>> specialtiesOfProviders() {
		Map<UUID, List<UUID>> result = new HashMap<>();
		jdbc.sql("select s.account_id, s.specialty_id from account_specialty s join account a on a.id = s.account_id where a.role = 'PROVIDER'")
			.query(rs -> {
				result.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(rs.getObject(2, UUID.class));
			});
		return result;
	}

	public List<UUID> specialtyIds(UUID accountId) {
		return jdbc.sql("select specialty_id from account_specialty where account_id = ?")
			.param(accountId)
			.query(UUID.class)
			.list();
	}

	private static void checked(int rows) {
		if (rows != 1) {
			throw ProblemException.preconditionFailed();
		}
	}

	private Account map(ResultSet rs, int row) throws SQLException {
		var profile = new Account.Profile(rs.getString("full_name"), rs.getString("title"), rs.getString("phone"),
				rs.getString("licence_number"), rs.getString("bio"));
		var onboarding = new Account.Onboarding(instant(rs, "profile_completed_at"),
				instant(rs, "organization_completed_at"), instant(rs, "encryption_completed_at"));
		long step = rs.getLong("totp_last_step");
		var factor = new Account.SecondFactor(rs.getString("totp_secret"), rs.getBoolean("totp_enabled"),
				rs.wasNull() ? null : step);
		return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("password_hash"),
				AccountRole.valueOf(rs.getString("role")), rs.getObject("organization_id", UUID.class),
				rs.getBoolean("organization_owner"), AccountStatus.valueOf(rs.getString("status")), profile, onboarding,
				factor, instant(rs, "created_at"), rs.getInt("version"));
	}

}
