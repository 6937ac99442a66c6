package app.consilium.cases;

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

/** Who is on which case, in {@code case_member}. */
@Repository
class CaseMemberRepository {

	private final JdbcClient jdbc;

	CaseMemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CaseMember> find(UUID caseId, UUID accountId) {
		return jdbc.sql("select case_id, account_id, side, role, added_at from case_member where case_id = ? and account_id = ?")
			.params(caseId, accountId)
			.query(this::map)
			.optional();
	}

	List<CaseMember> of(UUID caseId) {
		return jdbc.sql("select case_id, account_id, side, role, added_at from case_member where case_id = ? order by added_at")
			.param(caseId)
			.query(this::map)
			.list();
	}

	List<UUID> casesOf(UUID accountId) {
		return jdbc.sql("select case_id from case_member where account_id = ?").param(accountId).query(UUID.class).list();
	}

	void add(UUID caseId, UUID accountId, CaseSide side, CaseMember.Role role, UUID addedBy, Instant now) {
		jdbc.sql("insert into case_member (case_id, account_id, side, role, added_by, added_at) values (?, ?, ?, ?, ?, ?)")
			.params(caseId, accountId, side.name(), role.name(), addedBy, utc(now))
			.update();
	}

	boolean remove(UUID caseId, UUID accountId) {
		return jdbc.sql("delete from case_member where case_id = ? and account_id = ?")
			.params(caseId, accountId)
			.update() == 1;
	}

	private CaseMember map(ResultSet rs, int row) throws SQLException {
		return new CaseMember(rs.getObject("case_id", UUID.class), rs.getObject("account_id", UUID.class),
				CaseSide.valueOf(rs.getString("side")), CaseMember.Role.valueOf(rs.getString("role")),
				instant(rs, "added_at"));
	}

}
