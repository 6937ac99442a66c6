package app.consilium.notes;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.consilium.cases.CaseSide;

/** Notes in {@code case_note}. */
@Repository
class NoteRepository {

	private final JdbcClient jdbc;

	NoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Note n) {
		jdbc.sql("""
				insert into case_note (id, case_id, author_id, visibility, side, body_sealed, generation, created_at,
				  updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(n.id(), n.caseId(), n.authorId(), n.visibility().name(), n.side().name(), n.bodySealed(),
					n.generation(), utc(n.createdAt()), utc(n.updatedAt()))
			.update();
	}

	/** The notes one side may read, oldest first: shared ones and that side's own memos. */
	List<Note> visibleTo(UUID caseId, CaseSide side) {
		return jdbc.sql("""
				select * from case_note where case_id = ? and (visibility = 'SHARED' or side = ?)
				order by created_at, id""")
			.params(caseId, side.name())
			.query(this::map)
			.list();
	}

	boolean exists(UUID id) {
		return jdbc.sql("select count(*) from case_note where id = ?").param(id).query(Integer.class).single() > 0;
	}

	private Note map(ResultSet rs, int row) throws SQLException {
		return new Note(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("author_id", UUID.class), Note.Visibility.valueOf(rs.getString("visibility")),
				CaseSide.valueOf(rs.getString("side")), rs.getBytes("body_sealed"), rs.getInt("generation"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
	}

}
