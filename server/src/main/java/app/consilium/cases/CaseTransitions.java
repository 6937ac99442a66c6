package app.consilium.cases;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of every lifecycle transition of a case: the timeline on its overview. */
@Repository
class CaseTransitions {

	private final JdbcClient jdbc;

	CaseTransitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Transition(CaseAction action, CaseStatus from, CaseStatus to, UUID actorId, UUID providerId, String reason,
			Instant at) {
	}

	void insert(UUID caseId, Transition t) {
		jdbc.sql("""
				insert into case_transition (id, case_id, action, from_status, to_status, actor_id, provider_id, reason, at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), caseId, t.action().name(), t.from().name(), t.to().name(), t.actorId(),
					t.providerId(), t.reason(), utc(t.at()))
			.update();
	}

	/** Whether the person took part in the case's lifecycle: assigned to it, or moved it themselves. */
	boolean involved(UUID caseId, UUID accountId) {
		return jdbc.sql("select count(*) from case_transition where case_id = ? and (provider_id = ? or actor_id = ?)")
			.params(caseId, accountId, accountId)
			.query(Integer.class)
			.single() > 0;
	}

	List<Transition> of(UUID caseId) {
		return jdbc.sql("""
				select action, from_status, to_status, actor_id, provider_id, reason, at from case_transition
				where case_id = ? order by at, id""")
			.param(caseId)
			.query((rs, row) -> new Transition(CaseAction.valueOf(rs.getString("action")),
					CaseStatus.valueOf(rs.getString("from_status")), CaseStatus.valueOf(rs.getString("to_status")),
					rs.getObject("actor_id", UUID.class), rs.getObject("provider_id", UUID.class), rs.getString("reason"),
					instant(rs, "at")))
			.list();
	}

}
