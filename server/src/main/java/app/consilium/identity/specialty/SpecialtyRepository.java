package app.consilium.identity.specialty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.consilium.platform.ProblemException;

/** Specialties in the {@code specialty} table. */
@Repository
public class SpecialtyRepository {

	private final JdbcClient jdbc;

	SpecialtyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Specialty> findAll() {
		return jdbc.sql("select id, name, active, version from specialty order by name").query(this::map).list();
	}

	public List<Specialty> findActive() {
		return jdbc.sql("select id, name, active, version from specialty where active = true order by name")
			.query(this::map)
			.list();
	}

	public List<Specialty> findByIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, name, active, version from specialty where id in (:ids) order by name")
			.param("ids", ids)
			.query(this::map)
			.list();
	}

	public Specialty get(UUID id) {
		return jdbc.sql("select id, name, active, version from specialty where id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("The specialty"));
	}

	public void insert(Specialty specialty) {
		jdbc.sql("insert into specialty (id, name, active, version) values (?, ?, ?, 0)")
			.params(specialty.id(), specialty.name(), specialty.active())
			.update();
	}

	public void update(Specialty specialty) {
		int rows = jdbc.sql("update specialty set name = ?, active = ?, version = version + 1 where id = ? and version = ?")
			.params(specialty.name(), specialty.active(), specialty.id(), specialty.version())
			.update();
		if (rows != 1) {
			throw ProblemException.preconditionFailed();
		}
	}

	private Specialty map(ResultSet rs, int row) throws SQLException {
		return new Specialty(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("active"),
				rs.getInt("version"));
	}

}
