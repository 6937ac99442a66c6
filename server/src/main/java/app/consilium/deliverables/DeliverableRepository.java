package app.consilium.deliverables;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.consilium.cases.CaseStatus;
import app.consilium.cases.EngagementType;

/**
 * Deliverables in {@code deliverable} and their attachments in {@code deliverable_document}. Attached
 * documents are read through {@code document} so that a deleted one drops out of every list at once.
 */
@Repository
class DeliverableRepository {

	private final JdbcClient jdbc;

	DeliverableRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What deliverables need to know about their case: its kind and where it stands. */
	record CaseFacts(EngagementType engagementType, CaseStatus status) {

		/** Done and archived cases take no more work. */
		boolean open() {
			return status != CaseStatus.DONE && status != CaseStatus.ARCHIVED;
		}

	}

	Optional<CaseFacts> caseFacts(UUID caseId) {
		return jdbc.sql("select engagement_type, status from medical_case where id = ?")
			.param(caseId)
			.query((rs, row) -> new CaseFacts(EngagementType.valueOf(rs.getString(1)),
					CaseStatus.valueOf(rs.getString(2))))
			.optional();
	}

	void lockCase(UUID caseId) {
		jdbc.sql("select id from medical_case where id = ? for update").param(caseId).query(UUID.class).optional();
	}

	void insert(Deliverable d) {
		jdbc.sql("""
				insert into deliverable (id, case_id, type, title, due_date, status, assignee_id, is_final,
				  revision_reason, created_by, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(d.id(), d.caseId(), d.type().name(), d.title(), d.dueDate(), d.status().name(), d.assigneeId(),
					d.isFinal(), d.revisionReason(), d.createdBy(), utc(d.createdAt()), utc(d.updatedAt()))
			.update();
		attach(d.id(), d.documentIds());
	}

	/** The case's deliverables, soonest due first, with their attachments: two statements whatever their number. */
	List<Deliverable> of(UUID caseId) {
		Map<UUID, List<UUID>> attached = new HashMap<>();
		jdbc.sql("""
				select a.deliverable_id, a.document_id from deliverable_document a
				join deliverable d on d.id = a.deliverable_id
				join document doc on doc.id = a.document_id
				where d.case_id = ? and doc.deleted_at is null
				order by doc.created_at, doc.id""")
			.param(caseId)
			.query(rs -> {
				attached.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(rs.getObject(2, UUID.class));
			});
		return jdbc.sql("select * from deliverable where case_id = ? order by due_date, created_at, id")
			.param(caseId)
			.query((rs, row) -> map(rs, attached))
			.list();
	}

	Optional<Deliverable> find(UUID caseId, UUID id) {
		List<UUID> attached = jdbc.sql("""
				select a.document_id from deliverable_document a join document doc on doc.id = a.document_id
				where a.deliverable_id = ? and doc.deleted_at is null order by doc.created_at, doc.id""")
			.param(id)
			.query(UUID.class)
			.list();
		return jdbc.sql("select * from deliverable where case_id = ? and id = ?")
			.params(caseId, id)
			.query((rs, row) -> map(rs, Map.of(id, attached)))
			.optional();
	}

	/**
	 * Changes what the deliverable is and replaces its attachments, if nobody changed it since
	 * {@code expectedVersion}; false when someone did (nothing is changed then).
	 */
	boolean update(Deliverable d, int expectedVersion) {
		boolean updated = jdbc.sql("""
				update deliverable set type = ?, title = ?, due_date = ?, assignee_id = ?, is_final = ?, updated_at = ?,
				  version = version + 1
				where id = ? and version = ?""")
			.params(d.type().name(), d.title(), d.dueDate(), d.assigneeId(), d.isFinal(), utc(d.updatedAt()), d.id(),
					expectedVersion)
			.update() == 1;
		if (updated) {
			jdbc.sql("delete from deliverable_document where deliverable_id = ?").param(d.id()).update();
			attach(d.id(), d.documentIds());
		}
		return updated;
	}

	/** Moves the status if nobody changed the deliverable since {@code expectedVersion}. */
	boolean transition(UUID id, int expectedVersion, DeliverableStatus to, String revisionReason, Instant at) {
		return jdbc.sql("""
				update deliverable set status = ?, revision_reason = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(to.name(), revisionReason, utc(at), id, expectedVersion)
			.update() == 1;
	}

	/** Whether the case has a final deliverable other than {@code except} (null: any). */
	boolean hasOtherFinal(UUID caseId, UUID except) {
		return jdbc.sql("select count(*) from deliverable where case_id = ? and is_final and id <> ?")
			.params(caseId, except == null ? new UUID(0, 0) : except)
			.query(Integer.class)
			.single() > 0;
	}

	/** Which of these ids are documents of the case that are not deleted. */
	Set<UUID> documentsOfCase(UUID caseId, Collection<UUID> documentIds) {
		if (documentIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select id from document where case_id = :caseId and id in (:ids) and deleted_at is null")
			.param("caseId", caseId)
			.param("ids", Set.copyOf(documentIds))
			.query(UUID.class)
			.list());
	}

	/** A case of the person's with deliverables overdue on {@code today}: how many, and the earliest due date. */
	record OverdueCase(UUID caseId, String reference, String name, int overdue, LocalDate earliestDue) {
	}

	/**
	 * The person's cases with overdue deliverables, most overdue first, in one statement. The statuses are
	 * those {@link DeliverableStatus#outstanding()} names.
	 */
	List<OverdueCase> overdueFor(UUID accountId, LocalDate today) {
		return jdbc.sql("""
				select c.id, c.reference, c.name, count(*) as overdue, min(d.due_date) as earliest
				from deliverable d join medical_case c on c.id = d.case_id
				where d.case_id in (select m.case_id from case_member m where m.account_id = ?)
				  and d.due_date < ? and d.status in ('REQUESTED', 'IN_PROGRESS', 'REVISION_REQUESTED')
				group by c.id, c.reference, c.name
				order by earliest, c.reference""")
			.params(accountId, today)
			.query((rs, row) -> new OverdueCase(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getString("name"), rs.getInt("overdue"), rs.getObject("earliest", LocalDate.class)))
			.list();
	}

	private void attach(UUID deliverableId, List<UUID> documentIds) {
		for (UUID documentId : documentIds) {
			jdbc.sql("insert into deliverable_document (deliverable_id, document_id) values (?, ?)")
				.params(deliverableId, documentId)
				.update();
		}
	}

	private static Deliverable map(ResultSet rs, Map<UUID, List<UUID>> attached) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Deliverable(id, rs.getObject("case_id", UUID.class), DeliverableType.valueOf(rs.getString("type")),
				rs.getString("title"), rs.getObject("due_date", LocalDate.class),
				DeliverableStatus.valueOf(rs.getString("status")), rs.getObject("assignee_id", UUID.class),
				rs.getBoolean("is_final"), rs.getString("revision_reason"), attached.getOrDefault(id, List.of()),
				rs.getObject("created_by", UUID.class), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getInt("version"));
	}

}
