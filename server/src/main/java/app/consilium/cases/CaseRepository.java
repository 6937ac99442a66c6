package app.consilium.cases;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases in {@code medical_case}. Lists are {@link CaseListQuery}'s. */
@Repository
class CaseRepository {

	static final String COLUMNS = """
			c.id, c.reference, c.name, c.engagement_type, c.status, c.requester_org_id, c.created_by, c.provider_id,
			c.doctor_name, c.archived_from, c.description, c.specialty_id, c.urgency, c.due_date, c.patient_id,
			c.expert_service, c.matter_reference, c.created_at, c.last_activity_at, c.version""";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next human-readable reference, C-000001 onwards; safe across nodes (a database sequence). */
	String nextReference() {
		long next = jdbc.sql("select nextval('case_reference_seq')").query(Long.class).single();
		return "C-%06d".formatted(next);
	}

	void insert(MedicalCase c) {
		var d = c.details();
		jdbc.sql("""
				insert into medical_case (id, reference, name, engagement_type, status, requester_org_id, created_by,
				    provider_id, doctor_name, archived_from, description, specialty_id, urgency, due_date, patient_id,
				    expert_service, matter_reference, created_at, last_activity_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(c.id(), c.reference(), c.name(), c.engagementType().name(), c.status().name(),
					c.requesterOrganizationId(), c.createdBy(), c.providerId(), stored(c.doctorName()), null, d.description(),
					d.specialtyId(), name(d.urgency()), d.dueDate(), d.patientId(), name(d.expertService()),
					d.matterReference(), utc(c.createdAt()), utc(c.lastActivityAt()))
			.update();
	}

	Optional<MedicalCase> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from medical_case c where c.id = ?").param(id).query(CaseRepository::map).optional();
	}

	/**
	 * Moves a case to its next status if nobody changed it since {@code version} was read; false when
	 * someone did (the caller reports a stale version and nothing else is applied).
	 */
	boolean transition(MedicalCase c, CaseStatus to, UUID providerId, String doctorName, CaseStatus archivedFrom,
			Instant now) {
		return jdbc.sql("""
				update medical_case set status = ?, provider_id = ?, doctor_name = ?, archived_from = ?,
				    last_activity_at = ?, version = version + 1
				where id = ? and version = ? and status = ?""")
			.params(to.name(), providerId, stored(doctorName), name(archivedFrom), utc(now), c.id(), c.version(),
					c.status().name())
			.update() == 1;
	}

	/** A provider changed their name: the cases they are on show the new one. */
	void renameDoctor(UUID providerId, String fullName) {
		jdbc.sql("update medical_case set doctor_name = ? where provider_id = ?").params(fullName, providerId).update();
	}

	static MedicalCase map(ResultSet rs, int row) throws SQLException {
		var details = new MedicalCase.Details(rs.getString("description"), rs.getObject("specialty_id", UUID.class),
				valueOf(Urgency.class, rs.getString("urgency")), rs.getObject("due_date", LocalDate.class),
				rs.getObject("patient_id", UUID.class), valueOf(ExpertService.class, rs.getString("expert_service")),
				rs.getString("matter_reference"));
		return new MedicalCase(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("name"),
				EngagementType.valueOf(rs.getString("engagement_type")), CaseStatus.valueOf(rs.getString("status")),
				rs.getObject("requester_org_id", UUID.class), rs.getObject("created_by", UUID.class),
				rs.getObject("provider_id", UUID.class), emptyToNull(rs.getString("doctor_name")),
				valueOf(CaseStatus.class, rs.getString("archived_from")), details, instant(rs, "created_at"),
				instant(rs, "last_activity_at"), rs.getInt("version"));
	}

	private static String stored(String doctorName) {
		return doctorName == null ? "" : doctorName;
	}

	private static String emptyToNull(String doctorName) {
		return doctorName == null || doctorName.isEmpty() ? null : doctorName;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
