package app.consilium.keys;

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

/** Generations, grants and rotation requests of organizations' patients keys. */
@Repository
class OrganizationKeyRepository {

	private final JdbcClient jdbc;

	OrganizationKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredGrant(UUID organizationId, int generation, UUID recipientId, String recipientFingerprint,
			UUID granterId, byte[] grant, Instant createdAt) {
	}

	Optional<Integer> latestGeneration(UUID organizationId) {
		return jdbc.sql("""
				select generation from organization_key_generation where organization_id = ?
				order by generation desc fetch first 1 rows only""")
			.param(organizationId)
			.query(Integer.class)
			.optional();
	}

	List<Integer> generations(UUID organizationId) {
		return jdbc.sql("select generation from organization_key_generation where organization_id = ? order by generation")
			.param(organizationId)
			.query(Integer.class)
			.list();
	}

	boolean generationExists(UUID organizationId, int generation) {
		return jdbc.sql("select count(*) from organization_key_generation where organization_id = ? and generation = ?")
			.params(organizationId, generation)
			.query(Integer.class)
			.single() > 0;
	}

	void insertGeneration(UUID organizationId, int generation, UUID createdBy, Instant now) {
		jdbc.sql("""
				insert into organization_key_generation (organization_id, generation, created_by, created_at)
				values (?, ?, ?, ?)""")
			.params(organizationId, generation, createdBy, utc(now))
			.update();
	}

	List<StoredGrant> grantsFor(UUID organizationId, UUID recipientId) {
		return jdbc.sql("select * from organization_key_grant where organization_id = ? and recipient_id = ? order by generation")
			.params(organizationId, recipientId)
			.query(this::map)
			.list();
	}

	Optional<StoredGrant> grant(UUID organizationId, int generation, UUID recipientId) {
		return jdbc.sql("""
				select * from organization_key_grant where organization_id = ? and generation = ? and recipient_id = ?""")
			.params(organizationId, generation, recipientId)
			.query(this::map)
			.optional();
	}

	void upsertGrant(StoredGrant g) {
		jdbc.sql("delete from organization_key_grant where organization_id = ? and generation = ? and recipient_id = ?")
			.params(g.organizationId(), g.generation(), g.recipientId())
			.update();
		jdbc.sql("""
				insert into organization_key_grant (organization_id, generation, recipient_id, recipient_fingerprint,
				  granter_id, grant_sealed, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(g.organizationId(), g.generation(), g.recipientId(), g.recipientFingerprint(), g.granterId(),
					g.grant(), utc(g.createdAt()))
			.update();
	}

	void deleteGrantsOf(UUID organizationId, UUID recipientId) {
		jdbc.sql("delete from organization_key_grant where organization_id = ? and recipient_id = ?")
			.params(organizationId, recipientId)
			.update();
	}

	void requestRotation(UUID organizationId, Instant now) {
		jdbc.sql("delete from organization_key_rotation where organization_id = ?").param(organizationId).update();
		jdbc.sql("insert into organization_key_rotation (organization_id, requested_at) values (?, ?)")
			.params(organizationId, utc(now))
			.update();
	}

	boolean rotationRequested(UUID organizationId) {
		return jdbc.sql("select count(*) from organization_key_rotation where organization_id = ?")
			.param(organizationId)
			.query(Integer.class)
			.single() > 0;
	}

	void clearRotation(UUID organizationId) {
		jdbc.sql("delete from organization_key_rotation where organization_id = ?").param(organizationId).update();
	}

	private StoredGrant map(ResultSet rs, int row) throws SQLException {
		return new StoredGrant(rs.getObject("organization_id", UUID.class), rs.getInt("generation"),
				rs.getObject("recipient_id", UUID.class), rs.getString("recipient_fingerprint"),
				rs.getObject("granter_id", UUID.class), rs.getBytes("grant_sealed"), instant(rs, "created_at"));
	}

}
