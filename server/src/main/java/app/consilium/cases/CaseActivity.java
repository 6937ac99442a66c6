package app.consilium.cases;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only trail of who did what on a case, and its Last Activity, which the case lists show and
 * sort by. It names actions, never content: "added a note", not the note. Nothing updates or deletes a
 * row here.
 */
@Service
public class CaseActivity {

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseActivity(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Something both sides may know happened. */
	public void record(UUID caseId, UUID actorId, String action, String detail) {
		insert(caseId, actorId, action, detail, null);
	}

	/**
	 * Something only one side (and the admins) may know happened, such as an internal memo. It leaves Last
	 * Activity alone: both sides see that, and the other side would learn when a memo was written.
	 */
	public void recordForSide(UUID caseId, UUID actorId, String action, CaseSide side) {
		insert(caseId, actorId, action, null, side);
	}

	private void insert(UUID caseId, UUID actorId, String action, String detail, CaseSide side) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into case_activity (id, case_id, actor_id, action, detail, visible_to, at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), caseId, actorId, action, detail, side == null ? null : side.name(), utc(now))
			.update();
		if (side == null) {
			jdbc.sql("update medical_case set last_activity_at = ? where id = ?").params(utc(now), caseId).update();
		}
	}

	/** One entry of the trail. */
	record Entry(UUID id, UUID actorId, String action, String detail, Instant at) {
	}

	/**
	 * A page of the trail, newest first, as the viewer's side may see it (null: an admin, who sees all),
	 * starting after the entry {@code before} names.
	 */
	List<Entry> page(UUID caseId, CaseSide viewer, Cursor before, int limit) {
		var sql = new StringBuilder("""
				select id, actor_id, action, detail, at from case_activity
				where case_id = :caseId""");
		var query = new HashMap<String, Object>();
		query.put("caseId", caseId);
		if (viewer != null) {
			sql.append(" and (visible_to is null or visible_to = :side)");
			query.put("side", viewer.name());
		}
		if (before != null) {
			// Ties on the time break on the id, compared as text: a bound UUID does not compare the same way
			// in every database, and the text of a UUID sorts as its bytes do.
			sql.append(" and (at < :at or (at = :at and cast(id as varchar(36)) < :id))");
			query.put("at", utc(before.instant()));
			query.put("id", before.id().toString());
		}
		sql.append(" order by at desc, id desc");
		if (limit > 0) {
			sql.append(" limit :limit");
			query.put("limit", limit);
		}
		return jdbc.sql(sql.toString())
			.params(query)
			.query((rs, row) -> new Entry(rs.getObject("id", UUID.class), rs.getObject("actor_id", UUID.class),
					rs.getString("action"), rs.getString("detail"), instant(rs, "at")))
			.list();
	}

	/** How many actions each person took on the case, and when the last one was. */
	record Tally(UUID actorId, int actions, Instant lastActionAt) {
	}

	List<Tally> tallies(UUID caseId, CaseSide viewer) {
		return jdbc.sql("""
				select actor_id, count(*) as actions, max(at) as last_at from case_activity
				where case_id = ? and (visible_to is null or visible_to = ?) group by actor_id""")
			.params(caseId, viewer.name())
			.query((rs, row) -> new Tally(rs.getObject("actor_id", UUID.class), rs.getInt("actions"),
					instant(rs, "last_at")))
			.list();
	}

}
