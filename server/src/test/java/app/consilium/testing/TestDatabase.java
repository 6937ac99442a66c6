package app.consilium.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The database an integration test context runs on, chosen by the system property
 * {@code consilium.test.database} (set per Failsafe execution): {@code h2} (in memory, PostgreSQL mode, the
 * embedded default's engine) or {@code postgresql} (a fresh database on the server at
 * {@code consilium.test.pg.host}:{@code port}, dropped by a later run once it is old).
 */
public final class TestDatabase {

	private static final String PREFIX = "consilium_it_";

	private TestDatabase() {
	}

	public static String kind() {
		return System.getProperty("consilium.test.database", "h2");
	}

	public static boolean isPostgres() {
		return "postgresql".equals(kind());
	}

	static String host() {
		return System.getProperty("consilium.test.pg.host", System.getenv().getOrDefault("PGHOST", "127.0.0.1"));
	}

	static String port() {
		return System.getProperty("consilium.test.pg.port", System.getenv().getOrDefault("PGPORT", "5432"));
	}

	static String user() {
		return System.getenv().getOrDefault("PGUSER", "postgres");
	}

	static String password() {
		return System.getenv().getOrDefault("PGPASSWORD", "");
	}

	static String serverUrl(String database) {
		return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
	}

	static boolean postgresReachable() {
		try (Connection ignored = DriverManager.getConnection(serverUrl("postgres"), user(), password())) {
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** A JDBC URL of a new, empty database for one application context. */
	static String newDatabaseUrl() {
		if (!isPostgres()) {
			return "jdbc:h2:mem:" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		String name = PREFIX + stamp + "_" + UUID.randomUUID().toString().substring(0, 8);
		try (Connection admin = DriverManager.getConnection(serverUrl("postgres"), user(), password())) {
			dropStale(admin);
			admin.createStatement().execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database on PostgreSQL at " + host() + ":" + port(), ex);
		}
		return serverUrl(name);
	}

	/** Test databases of runs that ended more than a day ago; a run still going keeps its own. */
	private static void dropStale(Connection admin) throws SQLException {
		String cutoff = PREFIX + LocalDateTime.now().minusDays(1).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		List<String> stale = new ArrayList<>();
		try (var rs = admin.createStatement()
			.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
			while (rs.next()) {
				if (rs.getString(1).compareTo(cutoff) < 0) {
					stale.add(rs.getString(1));
				}
			}
		}
		for (String name : stale) {
			admin.createStatement().execute("drop database if exists " + name);
		}
	}

}
