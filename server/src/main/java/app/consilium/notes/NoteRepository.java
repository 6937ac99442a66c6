package app.consilium.notes;

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

import app.consilium.cases.CaseSide;
import app.consilium.crypto.KeyScope;
import app.consilium.keys.SealedContent;

/** Notes in {@code case_note} and their earlier bodies in {@code case_note_revision}. Deleted notes are marked, not removed. */
@Repository
class NoteRepository {

	private final JdbcClient jdbc;

	NoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Note n) {
		jdbc.sql("""
				insert into case_note (id, case_id, author_id, visibility, side, body_sealed, key_scope, generation,
				  created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(n.id(), n.caseId(), n.authorId(), n.visibility().name(), n.side().name(), n.bodySealed(),
					n.keyScope().id(), n.generation(), utc(n.createdAt()), utc(n.updatedAt()))
			.update();
	}

	/** The notes one side may read, oldest first: shared ones and that side's own memos, none deleted. */
	List<Note> visibleTo(UUID caseId, CaseSide side) {
		return jdbc.sql("""
				select * from case_note
				where case_id = ? and (visibility = 'SHARED' or side = ?) and deleted_at is null
				order by created_at, id""")
			.params(caseId, side.name())
			.query(this::map)
			.list();
	}

	/** A note of this case that was not deleted. */
	Optional<Note> find(UUID caseId, UUID id) {
		return jdbc.sql("select * from case_note where id = ? and case_id = ? and deleted_at is null")
			.params(id, caseId)
			.query(this::map)
			.optional();
	}

	/** Whether the id is taken, by a deleted note too. */
	boolean exists(UUID id) {
		return jdbc.sql("select count(*) from case_note where id = ?").param(id).query(Integer.class).single() > 0;
	}

	/** Replaces the body if the note is still at {@code version}; false when someone got there first. */
	boolean replaceBody(UUID id, int version, KeyScope scope, SealedContent body, Instant now) {
		return jdbc.sql("""
				update case_note set body_sealed = ?, key_scope = ?, generation = ?, updated_at = ?, version = version + 1
				where id = ? and version = ? and deleted_at is null""")
			.params(body.bytes(), scope.id(), body.generation(), utc(now), id, version)
			.update() == 1;
	}

	/** Marks the note deleted if it is still at {@code version}; false when someone got there first. */
	boolean markDeleted(UUID id, int version, UUID by, Instant now) {
		return jdbc.sql("""
				update case_note set deleted_at = ?, deleted_by = ?, version = version + 1
				where id = ? and version = ? and deleted_at is null""")
			.params(utc(now), by, id, version)
			.update() == 1;
	}

	void insertRevision(UUID noteId, NoteRevision r) {
		jdbc.sql("""
				insert into case_note_revision (note_id, version, body_sealed, key_scope, generation, written_by,
				  written_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(noteId, r.version(), r.bodySealed(), r.keyScope().id(), r.generation(), r.writtenBy(),
					utc(r.writtenAt()))
			.update();
	}

	/** The earlier bodies of a note, newest first. */
	List<NoteRevision> revisions(UUID noteId) {
		return jdbc.sql("""
				select version, body_sealed, key_scope, generation, written_by, written_at from case_note_revision
				where note_id = ? order by version desc""")
			.param(noteId)
			.query((rs, row) -> new NoteRevision(rs.getInt("version"), rs.getBytes("body_sealed"),
					KeyScope.fromId(rs.getInt("key_scope")), rs.getInt("generation"),
					rs.getObject("written_by", UUID.class), instant(rs, "written_at")))
			.list();
	}

	private Note map(ResultSet rs, int row) throws SQLException {
		return new Note(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("author_id", UUID.class), Note.Visibility.valueOf(rs.getString("visibility")),
				CaseSide.valueOf(rs.getString("side")), rs.getBytes("body_sealed"),
				KeyScope.fromId(rs.getInt("key_scope")), rs.getInt("generation"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
	}

}
