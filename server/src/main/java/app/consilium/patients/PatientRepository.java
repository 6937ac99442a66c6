package app.consilium.patients;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.consilium.platform.ProblemException;

/** Patients in {@code patient}, listed per organization by reference (keyset pages). */
@Repository
class PatientRepository {

	private static final String COLUMNS = """
			id, reference_number, organization_id, status, details_sealed, generation, created_by, created_at,
			updated_by, updated_at, version""";

	private final JdbcClient jdbc;

	PatientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextReferenceNumber() {
		return jdbc.sql("select nextval('patient_reference_seq')").query(Long.class).single();
	}

	void insert(Patient p) {
		jdbc.sql("insert into patient (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(p.id(), p.referenceNumber(), p.organizationId(), p.status().name(), p.detailsSealed(), p.generation(),
					p.createdBy(), utc(p.createdAt()), p.updatedBy(), utc(p.updatedAt()))
			.update();
	}

	/** Saves a change made to the version the caller saw; someone else's change in between is a 412. */
	void update(Patient p) {
		int rows = jdbc.sql("""
				update patient set status = ?, details_sealed = ?, generation = ?, updated_by = ?, updated_at = ?,
				  version = version + 1
				where id = ? and version = ?""")
			.params(p.status().name(), p.detailsSealed(), p.generation(), p.updatedBy(), utc(p.updatedAt()), p.id(),
					p.version())
			.update();
		if (rows != 1) {
			throw ProblemException.preconditionFailed();
		}
	}

	Optional<Patient> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from patient where id = ?").param(id).query(this::map).optional();
	}

	boolean exists(UUID id) {
		return jdbc.sql("select count(*) from patient where id = ?").param(id).query(Integer.class).single() > 0;
	}

	/** One page of an organization's patients after a reference number, optionally of one status. */
	List<Patient> page(UUID organizationId, PatientStatus status, long afterNumber, int limit) {
		String byStatus = status == null ? "" : " and status = :status";
		return jdbc.sql("select " + COLUMNS + " from patient where organization_id = :organization"
				+ " and reference_number > :after" + byStatus + " order by reference_number fetch first :limit rows only")
			.param("organization", organizationId)
			.param("after", afterNumber)
			.param("status", status == null ? null : status.name())
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	Optional<Patient> findByReference(UUID organizationId, long number) {
		return jdbc.sql("select " + COLUMNS + " from patient where organization_id = ? and reference_number = ?")
			.params(organizationId, number)
			.query(this::map)
			.optional();
	}

	/**
	 * Whether the organization has this generation of its patients key. Asked of the table here rather than
	 * of the keys module, which depends on cases, which will depend on patients; the foreign key
	 * {@code patient_generation_fk} enforces it anyway, this gives the readable refusal.
	 */
	boolean keyGenerationExists(UUID organizationId, int generation) {
		return jdbc.sql("select count(*) from organization_key_generation where organization_id = ? and generation = ?")
			.params(organizationId, generation)
			.query(Integer.class)
			.single() > 0;
	}

	private Patient map(ResultSet rs, int row) throws SQLException {
		return new Patient(rs.getObject("id", UUID.class), rs.getLong("reference_number"),
				rs.getObject("organization_id", UUID.class), PatientStatus.valueOf(rs.getString("status")),
				rs.getBytes("details_sealed"), rs.getInt("generation"), rs.getObject("created_by", UUID.class),
				instant(rs, "created_at"), rs.getObject("updated_by", UUID.class), instant(rs, "updated_at"),
				rs.getInt("version"));
	}

}
