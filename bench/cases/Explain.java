import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The case-list queries of the three scenarios as CaseListQuery builds them, with the values the load used
 * (CaseListLoad --params FILE), run against the seeded database with the app stopped: each timed alone over
 * JDBC (median and max of --runs, after two unrecorded runs), then its plan, EXPLAIN (ANALYZE, BUFFERS) on
 * PostgreSQL, EXPLAIN ANALYZE on H2. Classpath: the JDBC drivers (run.sh takes them out of the jar).
 *
 * <pre>
 * java -cp 'lib/*' bench/cases/Explain.java JDBC_URL PARAMS_FILE [--runs 20]
 * </pre>
 */
public final class Explain {

	static final String COLUMNS = "c.id, c.reference, c.name, c.engagement_type, c.status, c.requester_org_id, "
			+ "c.created_by, c.provider_id, c.doctor_name, c.archived_from, c.description, c.specialty_id, c.urgency, "
			+ "c.due_date, c.patient_id, c.expert_service, c.matter_reference, c.created_at, c.last_activity_at, c.version";

	static final String ACTIVE = "'NEW', 'ASSIGNED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'RETURNED'";

	public static void main(String[] argv) throws Exception {
		String url = argv[0];
		Map<String, String> p = new HashMap<>();
		for (String line : Files.readAllLines(Path.of(argv[1]))) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				p.put(line.substring(0, eq), line.substring(eq + 2, line.length() - 1)); // key='value'
			}
		}
		int runs = argv.length > 3 && argv[2].equals("--runs") ? Integer.parseInt(argv[3]) : 20;
		boolean pg = url.startsWith("jdbc:postgresql:");
		String user = pg ? System.getenv().getOrDefault("PGUSER", "postgres") : "sa";
		String password = pg ? System.getenv().getOrDefault("PGPASSWORD", "") : "";
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			String member = one(db, "select id from account where email = 'bench-requester-00@example.com'");
			String provider = one(db, "select id from account where email = 'bench-provider-00@example.com'");
			String deepValue = pg ? "'" + p.get("deep_value") + "'::timestamptz"
					: "cast('" + p.get("deep_value") + "' as timestamp with time zone)";
			String select = "select " + COLUMNS + " from medical_case c where c.status in ";
			String mine = " and c.id = any(array(select m.case_id from case_member m where m.account_id = '%s'))";
			Map<String, String> queries = new LinkedHashMap<>();
			queries.put("first page, requester (GET /api/cases)", select + "(" + ACTIVE + ")" + mine.formatted(member)
					+ " order by c.last_activity_at desc, c.reference desc limit 26");
			queries.put("first page, admin (GET /api/admin/cases)", select + "(" + ACTIVE + ")"
					+ " order by c.last_activity_at desc, c.reference desc limit 26");
			queries.put("sorted+filtered, requester (sort=name, direction=asc, status=IN_PROGRESS, specialtyId)",
					select + "('IN_PROGRESS')" + mine.formatted(member) + " and c.specialty_id = '" + p.get("specialty_id")
							+ "' order by c.name asc, c.reference asc limit 26");
			queries.put("sorted+filtered, provider (sort=name, direction=asc, status=IN_PROGRESS)",
					select + "('IN_PROGRESS')" + mine.formatted(provider) + " order by c.name asc, c.reference asc limit 26");
			queries.put("sorted+filtered, admin (sort=doctor, organizationId)", select + "(" + ACTIVE + ")"
					+ " and c.requester_org_id = '" + p.get("organization_id")
					+ "' order by c.doctor_name asc, c.reference asc limit 26");
			queries.put("deep page, admin (after = cursor of page " + p.getOrDefault("deep_page", "?") + ")", select + "("
					+ ACTIVE + ") and (c.last_activity_at, c.reference) < (" + deepValue + ", '" + p.get("deep_reference")
					+ "') order by c.last_activity_at desc, c.reference desc limit 26");
			System.out.println((pg ? "PostgreSQL " + one(db, "show server_version") + ", shared_buffers "
					+ one(db, "show shared_buffers") : "H2 " + db.getMetaData().getDatabaseProductVersion())
					+ "; " + one(db, "select count(*) from medical_case") + " cases, "
					+ one(db, "select count(*) from case_member") + " case members; each query alone over JDBC, "
					+ runs + " runs after 2 unrecorded");
			for (var q : queries.entrySet()) {
				long[] t = new long[runs];
				int rows = 0;
				try (Statement st = db.createStatement()) {
					for (int i = -2; i < runs; i++) {
						long t0 = System.nanoTime();
						rows = 0;
						try (ResultSet rs = st.executeQuery(q.getValue())) {
							while (rs.next()) {
								rows++;
							}
						}
						if (i >= 0) {
							t[i] = System.nanoTime() - t0;
						}
					}
				}
				Arrays.sort(t);
				System.out.printf(Locale.ROOT, "%n-- %s: %d rows, median %.2f ms, max %.2f ms%n", q.getKey(), rows,
						t[runs / 2] / 1e6, t[runs - 1] / 1e6);
				for (String line : plan(db, pg, q.getValue())) {
					System.out.println("    " + line);
				}
			}
		}
	}

	static List<String> plan(Connection db, boolean pg, String sql) throws Exception {
		List<String> lines = new ArrayList<>();
		try (Statement st = db.createStatement();
				ResultSet rs = st.executeQuery((pg ? "explain (analyze, buffers) " : "explain analyze ") + sql)) {
			while (rs.next()) {
				lines.addAll(Arrays.asList(rs.getString(1).split("\n")));
			}
		}
		return lines;
	}

	static String one(Connection db, String sql) throws Exception {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

}
