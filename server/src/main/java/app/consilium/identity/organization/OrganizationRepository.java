package app.consilium.identity.organization;

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

/** Organizations in the {@code organization} table. */
@Repository
public class OrganizationRepository {

	private static final String COLUMNS = "id, name, kind, address, phone, website, active, created_at, version";

	private final JdbcClient jdbc;

	OrganizationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Organization> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from organization where id = ?").param(id).query(this::map).optional();
	}

	public Organization get(UUID id) {
		return findById(id).orElseThrow(() -> ProblemException.notFound("The organization"));
	}

	public List<Organization> findAll() {
		return jdbc.sql("select " + COLUMNS + " from organization order by name").query(this::map).list();
	}

	public void insert(Organization o) {
		jdbc.sql("insert into organization (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(o.id(), o.name(), o.kind().name(), o.address(), o.phone(), o.website(), o.active(),
					utc(o.createdAt()))
			.update();
	}

	/** Writes the organization if it is still at the version it was read at; 412 otherwise. */
	public Organization update(Organization o) {
		int rows = jdbc.sql("""
				update organization set name = ?, kind = ?, address = ?, phone = ?, website = ?, active = ?,
				  version = version + 1
				where id = ? and version = ?""")
			.params(o.name(), o.kind().name(), o.address(), o.phone(), o.website(), o.active(), o.id(), o.version())
			.update();
		if (rows != 1) {
			throw ProblemException.preconditionFailed();
		}
		return get(o.id());
	}

	private Organization map(ResultSet rs, int row) throws SQLException {
		return new Organization(rs.getObject("id", UUID.class), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("address"), rs.getString("phone"),
				rs.getString("website"), rs.getBoolean("active"), instant(rs, "created_at"), rs.getInt("version"));
	}

}
