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

import app.consilium.cases.CaseMember;
import app.consilium.cases.CaseSide;
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

	/** A grant someone could make now: who waits for which key, with the keys to seal it to. */
	record Fulfillable(CaseMember recipient, KeyScope scope, int generation, String reason,
			byte[] recipientPublicKeys, String recipientFingerprint) {
	}

	/**
	 * Across all the cases {@code granterId} is on, in one query: every member with published keys who lacks a
	 * grant at their current fingerprint for a generation the granter holds at theirs.
	 */
	List<Fulfillable> fulfillableBy(UUID granterId) {
		return jdbc.sql("""
				select mine.case_id, mine.scope, mine.generation, other.account_id, other.side, other.role,
				    other.added_at, their_keys.public_keys, their_keys.fingerprint, theirs.recipient_id as previous_grant
				from case_key_grant mine
				join account_keys my_keys on my_keys.account_id = mine.recipient_id
				    and my_keys.fingerprint = mine.recipient_fingerprint
				join case_member me on me.case_id = mine.case_id and me.account_id = mine.recipient_id
				join case_member other on other.case_id = mine.case_id and other.account_id <> mine.recipient_id
				join account_keys their_keys on their_keys.account_id = other.account_id
				left join case_key_grant theirs on theirs.case_id = mine.case_id and theirs.scope = mine.scope
				    and theirs.generation = mine.generation and theirs.recipient_id = other.account_id
				where mine.recipient_id = ?
				  and (theirs.recipient_id is null or theirs.recipient_fingerprint <> their_keys.fingerprint)
				order by mine.case_id, mine.scope, mine.generation, other.account_id""")
			.param(granterId)
			.query((rs, row) -> new Fulfillable(
					new CaseMember(rs.getObject("case_id", UUID.class), rs.getObject("account_id", UUID.class),
							CaseSide.valueOf(rs.getString("side")), CaseMember.Role.valueOf(rs.getString("role")),
							instant(rs, "added_at")),
					KeyScope.fromId(rs.getInt("scope")), rs.getInt("generation"),
					rs.getObject("previous_grant") == null ? "NOT_YET_SHARED" : "KEYS_RESET", rs.getBytes("public_keys"),
					rs.getString("fingerprint")))
			.list();
	}

	/**
	 * The cases {@code memberId} is on that still lack a key in a scope the member holds (case, chat, their
	 * side's memos), or where such a key is due to rotate.
	 */
	List<UUID> keyWorkOf(UUID memberId) {
		return jdbc.sql("""
				select m.case_id from case_member m
				where m.account_id = ?
				  and ((select count(distinct g.scope) from case_key_generation g
				        where g.case_id = m.case_id
				          and g.scope in (?, ?, case m.side when 'REQUESTER' then ? else ? end)) < 3
				       or exists (select 1 from case_key_rotation r
				                  where r.case_id = m.case_id
				                    and r.scope in (?, ?, case m.side when 'REQUESTER' then ? else ? end)))
				order by m.case_id""")
			.params(memberId, KeyScope.CASE.id(), KeyScope.CHAT.id(), KeyScope.REQUESTER_MEMOS.id(),
					KeyScope.PROVIDER_MEMOS.id(), KeyScope.CASE.id(), KeyScope.CHAT.id(), KeyScope.REQUESTER_MEMOS.id(),
					KeyScope.PROVIDER_MEMOS.id())
			.query(UUID.class)
			.list();
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
