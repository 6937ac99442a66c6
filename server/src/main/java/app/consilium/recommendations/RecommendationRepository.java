package app.consilium.recommendations;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.consilium.cases.CaseSide;
import app.consilium.keys.SealedContent;

/**
 * Recommendations, their attachments, feedback and clarification messages. Two questions about other
 * modules' tables are asked here in SQL, read-only: whether a case is a second opinion, and whether
 * documents are live documents of the case.
 */
@Repository
class RecommendationRepository {

	private final JdbcClient jdbc;

	RecommendationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isSecondOpinion(UUID caseId) {
		return jdbc.sql("select count(*) from medical_case where id = ? and engagement_type = 'SECOND_OPINION'")
			.param(caseId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Those of {@code documentIds} that are documents of the case and not deleted. */
	Set<UUID> liveDocuments(UUID caseId, Collection<UUID> documentIds) {
		if (documentIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select id from document where case_id = :caseId and deleted_at is null and id in (:ids)")
			.param("caseId", caseId)
			.param("ids", documentIds)
			.query(UUID.class)
			.list());
	}

	Optional<Recommendation> find(UUID caseId) {
		List<UUID> attachments = jdbc.sql("""
				select document_id from recommendation_attachment where case_id = ? order by position""")
			.param(caseId)
			.query(UUID.class)
			.list();
		return jdbc.sql("select * from recommendation where case_id = ?")
			.param(caseId)
			.query((rs, row) -> map(rs, attachments))
			.optional();
	}

	/** The first save; returns false when someone else's first save came in between. */
	boolean insert(UUID caseId, UUID providerId, Recommendation.Status status, SealedContent body, Instant now) {
		try {
			jdbc.sql("""
					insert into recommendation (case_id, provider_id, status, body_sealed, generation, saved_at,
					  submitted_at, version)
					values (?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(caseId, providerId, status.name(), body.bytes(), body.generation(), utc(now),
						submittedAt(status, now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Replaces a draft of the given version, as the provider who saves it now: the one who submits is the one
	 * the recommendation names, even if another provider of the case (one since reassigned) began the draft.
	 * @return false when it is no longer that version or a draft
	 */
	boolean update(UUID caseId, UUID providerId, int version, Recommendation.Status status, SealedContent body,
			Instant now) {
		return jdbc.sql("""
				update recommendation set provider_id = ?, status = ?, body_sealed = ?, generation = ?, saved_at = ?,
				  submitted_at = ?, version = version + 1
				where case_id = ? and version = ? and status = 'DRAFT'""")
			.params(providerId, status.name(), body.bytes(), body.generation(), utc(now), submittedAt(status, now),
					caseId, version)
			.update() == 1;
	}

	private static OffsetDateTime submittedAt(Recommendation.Status status, Instant now) {
		return status == Recommendation.Status.SUBMITTED ? utc(now) : null;
	}

	void replaceAttachments(UUID caseId, List<UUID> documentIds) {
		jdbc.sql("delete from recommendation_attachment where case_id = ?").param(caseId).update();
		for (int i = 0; i < documentIds.size(); i++) {
			jdbc.sql("insert into recommendation_attachment (case_id, document_id, position) values (?, ?, ?)")
				.params(caseId, documentIds.get(i), i)
				.update();
		}
	}

	Optional<Feedback> feedback(UUID caseId) {
		return jdbc.sql("select * from recommendation_feedback where case_id = ?")
			.param(caseId)
			.query((rs, row) -> new Feedback(rs.getObject("case_id", UUID.class), rs.getObject("author_id", UUID.class),
					rs.getInt("rating"), rs.getBytes("comments_sealed"), rs.getObject("generation", Integer.class),
					instant(rs, "given_at")))
			.optional();
	}

	/** Returns false when feedback was given already. */
	boolean insert(Feedback f) {
		try {
			jdbc.sql("""
					insert into recommendation_feedback (case_id, author_id, rating, comments_sealed, generation, given_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(f.caseId(), f.authorId(), f.rating(), f.commentsSealed(), f.generation(), utc(f.givenAt()))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	List<ClarificationMessage> clarifications(UUID caseId) {
		return jdbc.sql("select * from clarification_message where case_id = ? order by created_at, id")
			.param(caseId)
			.query((rs, row) -> new ClarificationMessage(rs.getObject("id", UUID.class),
					rs.getObject("case_id", UUID.class), rs.getObject("author_id", UUID.class),
					CaseSide.valueOf(rs.getString("side")), rs.getBytes("body_sealed"), rs.getInt("generation"),
					instant(rs, "created_at")))
			.list();
	}

	boolean clarificationExists(UUID id) {
		return jdbc.sql("select count(*) from clarification_message where id = ?").param(id).query(Integer.class)
			.single() > 0;
	}

	boolean clarificationRequested(UUID caseId) {
		return jdbc.sql("select count(*) from clarification_message where case_id = ? and side = 'REQUESTER'")
			.param(caseId)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(ClarificationMessage m) {
		jdbc.sql("""
				insert into clarification_message (id, case_id, author_id, side, body_sealed, generation, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.caseId(), m.authorId(), m.side().name(), m.bodySealed(), m.generation(),
					utc(m.createdAt()))
			.update();
	}

	private static Recommendation map(ResultSet rs, List<UUID> attachments) throws SQLException {
		return new Recommendation(rs.getObject("case_id", UUID.class), rs.getObject("provider_id", UUID.class),
				Recommendation.Status.valueOf(rs.getString("status")), rs.getBytes("body_sealed"), rs.getInt("generation"),
				attachments, instant(rs, "saved_at"), instant(rs, "submitted_at"), rs.getInt("version"));
	}

}
