package app.consilium.identity.invitation;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.consilium.identity.AccountRole;

/** Invitations in the {@code invitation} table; the token itself is never stored, only its hash. */
@Repository
class InvitationRepository {

	private static final String COLUMNS = """
			id, email, role, organization_id, organization_owner, invited_by, created_at, expires_at, accepted_at,
			revoked_at""";

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Invitation i, String tokenHash) {
		jdbc.sql("insert into invitation (" + COLUMNS + ", token_hash, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(i.id(), i.email(), i.role().name(), i.organizationId(), i.organizationOwner(), i.invitedBy(),
					utc(i.createdAt()), utc(i.expiresAt()), utc(i.acceptedAt()), utc(i.revokedAt()), tokenHash)
			.update();
	}

	Optional<Invitation> findByTokenHash(String tokenHash) {
		return jdbc.sql("select " + COLUMNS + " from invitation where token_hash = ?")
			.param(tokenHash)
			.query(this::map)
			.optional();
	}

	Optional<Invitation> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from invitation where id = ?").param(id).query(this::map).optional();
	}

	List<Invitation> findAll() {
		return jdbc.sql("select " + COLUMNS + " from invitation order by created_at desc").query(this::map).list();
	}

	List<Invitation> findByOrganization(UUID organizationId) {
		return jdbc.sql("select " + COLUMNS + " from invitation where organization_id = ? order by created_at desc")
			.param(organizationId)
			.query(this::map)
			.list();
	}

	/** Marks the invitation accepted only if it is still open: of two racing acceptances, one wins. */
	boolean accept(UUID id, Instant now) {
		return jdbc.sql("""
				update invitation set accepted_at = ?, version = version + 1
				where id = ? and accepted_at is null and revoked_at is null and expires_at > ?""")
			.params(utc(now), id, utc(now))
			.update() == 1;
	}

	boolean revoke(UUID id, Instant now) {
		return jdbc.sql("update invitation set revoked_at = ?, version = version + 1 where id = ? and accepted_at is null and revoked_at is null")
			.params(utc(now), id)
			.update() == 1;
	}

	/** A new invitation to the same address replaces the open ones: only the latest link works. */
	void revokeOpenFor(String email, Instant now) {
		jdbc.sql("update invitation set revoked_at = ?, version = version + 1 where email = ? and accepted_at is null and revoked_at is null")
			.params(utc(now), email)
			.update();
	}

	private Invitation map(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class), rs.getString("email"),
				AccountRole.valueOf(rs.getString("role")), rs.getObject("organization_id", UUID.class),
				rs.getBoolean("organization_owner"), rs.getObject("invited_by", UUID.class), instant(rs, "created_at"),
				instant(rs, "expires_at"), instant(rs, "accepted_at"), instant(rs, "revoked_at"));
	}

}
