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

import app.consilium.crypto.KeyScope;

/** Case-key generations, grants and rotation requests. */
@Repository
class CaseKeyRepository {

	private final JdbcClient jdbc;

	CaseKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredGrant(UUID caseId, KeyScope scope, int generation, UUID recipientId, String recipientFingerprint,
			UUID granterId, byte[] grant, Instant createdAt) {
	}

	Optional<Integer> latestGeneration(UUID caseId, KeyScope scope) {
		return jdbc.sql("""
				select generation from case_key_generation where case_id = ? and scope = ?
				order by generation desc fetch first 1 rows only""")
			.params(caseId, scope.id())
			.query(Integer.class)
			.optional();
	}

	List<Integer> generations(UUID caseId, KeyScope scope) {
		return jdbc.sql("select generation from case_key_generation where case_id = ? and scope = ? order by generation")
			.params(caseId, scope.id())
			.query(Integer.class)
			.list();
	}

	boolean generationExists(UUID caseId, KeyScope scope, int generation) {
		return jdbc.sql("select count(*) from case_key_generation where case_id = ? and scope = ? and generation = ?")
			.params(caseId, scope.id(), generation)
			.query(Integer.class)
			.single() > 0;
	}

	void insertGeneration(UUID caseId, KeyScope scope, int generation, UUID createdBy, Instant now) {
		jdbc.sql("insert into case_key_generation (case_id, scope, generation, created_by, created_at) values (?, ?, ?, ?, ?)")
			.params(caseId, scope.id(), generation, createdBy, utc(now))
			.update();
	}

	List<StoredGrant> grantsFor(UUID caseId, UUID recipientId) {
		return jdbc.sql("select * from case_key_grant where case_id = ? and recipient_id = ? order by scope, generation")
			.params(caseId, recipientId)
			.query(this::map)
			.list();
	}

	List<StoredGrant> grantsOf(UUID caseId, KeyScope scope, int generation) {
		return jdbc.sql("select * from case_key_grant where case_id = ? and scope = ? and generation = ?")
			.params(caseId, scope.id(), generation)
			.query(this::map)
			.list();
	}

	Optional<StoredGrant> grant(UUID caseId, KeyScope scope, int generation, UUID recipientId) {
		return jdbc.sql("select * from case_key_grant where case_id = ? and scope = ? and generation = ? and recipient_id = ?")
			.params(caseId, scope.id(), generation, recipientId)
			.query(this::map)
			.optional();
	}

	void upsertGrant(StoredGrant g) {
		jdbc.sql("delete from case_key_grant where case_id = ? and scope = ? and generation = ? and recipient_id = ?")
			.params(g.caseId(), g.scope().id(), g.generation(), g.recipientId())
			.update();
		jdbc.sql("""
				insert into case_key_grant (case_id, scope, generation, recipient_id, recipient_fingerprint, granter_id,
				  grant_sealed, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(g.caseId(), g.scope().id(), g.generation(), g.recipientId(), g.recipientFingerprint(), g.granterId(),
					g.grant(), utc(g.createdAt()))
			.update();
	}

	void deleteGrantsOf(UUID caseId, UUID recipientId) {
		jdbc.sql("delete from case_key_grant where case_id = ? and recipient_id = ?").params(caseId, recipientId).update();
	}

	void requestRotation(UUID caseId, KeyScope scope, Instant now) {
		jdbc.sql("delete from case_key_rotation where case_id = ? and scope = ?").params(caseId, scope.id()).update();
		jdbc.sql("insert into case_key_rotation (case_id, scope, requested_at) values (?, ?, ?)")
			.params(caseId, scope.id(), utc(now))
			.update();
	}

	boolean rotationRequested(UUID caseId, KeyScope scope) {
		return jdbc.sql("select count(*) from case_key_rotation where case_id = ? and scope = ?")
			.params(caseId, scope.id())
			.query(Integer.class)
			.single() > 0;
	}

	void clearRotation(UUID caseId, KeyScope scope) {
		jdbc.sql("delete from case_key_rotation where case_id = ? and scope = ?").params(caseId, scope.id()).update();
	}

	private StoredGrant map(ResultSet rs, int row) throws SQLException {
		return new StoredGrant(rs.getObject("case_id", UUID.class), KeyScope.fromId(rs.getInt("scope")),
				rs.getInt("generation"), rs.getObject("recipient_id", UUID.class), rs.getString("recipient_fingerprint"),
				rs.getObject("granter_id", UUID.class), rs.getBytes("grant_sealed"), instant(rs, "created_at"));
	}

}
