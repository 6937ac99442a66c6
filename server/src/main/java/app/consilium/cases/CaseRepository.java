package app.consilium.cases;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases in {@code medical_case}. */
@Repository
class CaseRepository {

	private static final String COLUMNS = """
			id, reference, name, engagement_type, status, requester_org_id, created_by, provider_id, created_at,
			last_activity_at, version""";

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
		jdbc.sql("insert into medical_case (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(c.id(), c.reference(), c.name(), c.engagementType().name(), c.status().name(),
					c.requesterOrganizationId(), c.createdBy(), c.providerId(), utc(c.createdAt()),
					utc(c.lastActivityAt()))
			.update();
	}

	Optional<MedicalCase> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from medical_case where id = ?").param(id).query(this::map).optional();
	}

	/** Every case, most recently active first (admins; paging comes with the case lists). */
	List<MedicalCase> findAll() {
		return jdbc.sql("select " + COLUMNS + " from medical_case order by last_activity_at desc, id").query(this::map).list();
	}

	/** The cases a person is on, most recently active first. */
	List<MedicalCase> ofMember(UUID accountId) {
		return jdbc.sql("""
				select c.* from medical_case c join case_member m on m.case_id = c.id
				where m.account_id = ? order by c.last_activity_at desc, c.id""")
			.param(accountId)
			.query(this::map)
			.list();
	}

	private MedicalCase map(ResultSet rs, int row) throws SQLException {
		return new MedicalCase(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("name"),
				EngagementType.valueOf(rs.getString("engagement_type")), CaseStatus.valueOf(rs.getString("status")),
				rs.getObject("requester_org_id", UUID.class), rs.getObject("created_by", UUID.class),
				rs.getObject("provider_id", UUID.class), instant(rs, "created_at"), instant(rs, "last_activity_at"),
				rs.getInt("version"));
	}

}
