import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case-list load driver for Consilium (see README.md). JDK 17 source launcher, java.net.http only. Two phases:
 *
 * <pre>
 * java bench/cases/CaseListLoad.java --phase setup --base http://127.0.0.1:18080 --setup-token T
 *     [--requesters 10] [--providers 5] [--specialties 12]
 * java bench/cases/CaseListLoad.java --phase load --base http://127.0.0.1:18080 [--concurrency 50]
 *     [--jit-warmup 30] [--warmup 10] [--duration 30] [--deep-page 200] [--label H2] [--pid SERVER_PID]
 *     [--tsv results.tsv] [--timeout 30] [--think-ms 0] [--params FILE]
 * </pre>
 *
 * setup, on a fresh instance, through the API: the first admin with the setup token, the organization
 * "Bench &amp; Partners" (law firm), --specialties specialties, --requesters requesters of that organization
 * and --providers providers (invitations accepted through their links). CaseSeed.java then adds the bulk.
 *
 * load: signs in one session per virtual user through POST /api/session (the XSRF cookie echoed as
 * X-XSRF-TOKEN, as a browser does): requesters, providers and admins in turn. Then, for each scenario,
 * --warmup seconds unrecorded and --duration seconds recorded, --concurrency virtual users in a closed loop
 * without think time (one platform thread and one cookie jar each):
 * <ul>
 * <li>first: GET /api/cases (requesters, providers) and GET /api/admin/cases (admins), the default view;</li>
 * <li>sorted+filtered: requesters /api/cases?sort=name&amp;direction=asc&amp;status=IN_PROGRESS&amp;specialtyId=S,
 * providers /api/cases?sort=name&amp;direction=asc&amp;status=IN_PROGRESS, admins
 * /api/admin/cases?sort=doctor&amp;organizationId=O;</li>
 * <li>deep: admins only, /api/admin/cases?after=C where C is the cursor of page --deep-page, found by
 * following next from the first page beforehand.</li>
 * </ul>
 * With --think-ms each user waits a uniform 0..2x that many ms after each answer (a closed loop with think
 * time, closer to people clicking); by default it does not wait at all. In the first two scenarios 40 % of the users are requesters, 20 % providers, 40 % admins. A request counts
 * when its answer arrives inside the recorded window; any non-2xx answer or I/O failure is an error (counted,
 * in the percentiles; req/s counts 2xx only). Before and after each window the admin scrapes
 * /actuator/prometheus (pool, GC), and with --pid the server's CPU time is read from /proc.
 */
public final class CaseListLoad {

	static String base;
	static String password;
	static Duration timeout;
	static HttpClient http;
	static int thinkMs;

	record Op(String name, String role, String path) {
	}

	record Scenario(String name, List<Op> ops, int[] shares) {
	}

	public static void main(String[] argv) throws Exception {
		Map<String, String> a = args(argv);
		base = a.getOrDefault("base", "http://127.0.0.1:18080");
		password = a.getOrDefault("password", "Bench-Passphrase-2026!");
		timeout = Duration.ofSeconds(Long.parseLong(a.getOrDefault("timeout", "30")));
		int requesters = Integer.parseInt(a.getOrDefault("requesters", "10"));
		int providers = Integer.parseInt(a.getOrDefault("providers", "5"));
		http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String phase = a.getOrDefault("phase", "load");
		if (phase.equals("setup")) {
			setup(a.get("setup-token"), requesters, providers, Integer.parseInt(a.getOrDefault("specialties", "12")));
			return;
		}
		int vus = Integer.parseInt(a.getOrDefault("concurrency", "50"));
		int jitWarmup = Integer.parseInt(a.getOrDefault("jit-warmup", "30"));
		int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
		int duration = Integer.parseInt(a.getOrDefault("duration", "30"));
		int deepPage = Integer.parseInt(a.getOrDefault("deep-page", "200"));
		thinkMs = Integer.parseInt(a.getOrDefault("think-ms", "0"));
		String label = a.getOrDefault("label", "?");
		String pid = a.get("pid");
		String tsv = a.get("tsv");
		System.out.printf("== %s: %s, load driver java %s, %d cores, load average %s%n", label, base,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());

		// Sessions: one per virtual user and role, signed in through the real endpoint.
		long t0 = System.nanoTime();
		Map<String, List<Client>> sessions = new LinkedHashMap<>();
		sessions.put("requester", signIn(share(vus, 40), i -> email("requester", i % requesters)));
		sessions.put("provider", signIn(share(vus, 20), i -> email("provider", i % providers)));
		sessions.put("admin", signIn(vus, i -> "bench-admin@example.com"));
		System.out.printf("signed in %d sessions in %.1f s%n", sessions.values().stream().mapToInt(List::size).sum(),
				(System.nanoTime() - t0) / 1e9);
		Client admin = sessions.get("admin").get(0);

		String specialtyId = find("\"id\":\"([^\"]+)\"", admin.send("GET", "/api/specialties", null).body());
		String orgs = admin.send("GET", "/api/admin/organizations", null).body();
		String benchOrg = find("(\\{[^{}]*\"name\":\"Bench & Partners\"[^{}]*\\})", orgs);
		String orgId = find("\"id\":\"([^\"]+)\"", benchOrg);

		// The deep page's cursor: follow next from the first page, timing each page on the way.
		t0 = System.nanoTime();
		String cursor = null;
		long[] walk = new long[deepPage - 1];
		for (int p = 1; p < deepPage; p++) {
			long s = System.nanoTime();
			var page = admin.send("GET", "/api/admin/cases" + (cursor == null ? "" : "?after=" + enc(cursor)), null);
			walk[p - 1] = System.nanoTime() - s;
			admin.expect(page, 200, "admin page " + p);
			cursor = find("\"next\":\"([^\"]+)\"", page.body());
		}
		Arrays.sort(walk);
		System.out.printf(Locale.ROOT, "cursor of admin page %d (rows %d-%d) found in %.1f s: one page at a time, median %.1f "
				+ "ms, max %.1f ms%n", deepPage, (deepPage - 1) * 25 + 1, deepPage * 25, (System.nanoTime() - t0) / 1e9,
				ms(percentile(walk, 50)), ms(walk[walk.length - 1]));

		if (a.get("params") != null) { // for run.sh's EXPLAIN of the same queries
			String plain = new String(java.util.Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int split = plain.lastIndexOf('\n');
			Files.writeString(Path.of(a.get("params")), "specialty_id='" + specialtyId + "'\norganization_id='" + orgId
					+ "'\ndeep_value='" + plain.substring(0, split) + "'\ndeep_reference='" + plain.substring(split + 1) + "'\n");
		}

		List<Scenario> scenarios = List.of(
				new Scenario("first page", List.of(new Op("requester first page", "requester", "/api/cases"),
						new Op("provider first page", "provider", "/api/cases"),
						new Op("admin first page", "admin", "/api/admin/cases")), new int[] { 40, 20, 40 }),
				new Scenario("sorted+filtered", List.of(
						new Op("requester name asc, In progress, specialty", "requester",
								"/api/cases?sort=name&direction=asc&status=IN_PROGRESS&specialtyId=" + specialtyId),
						new Op("provider name asc, In progress", "provider",
								"/api/cases?sort=name&direction=asc&status=IN_PROGRESS"),
						new Op("admin doctor asc, one organization", "admin",
								"/api/admin/cases?sort=doctor&organizationId=" + orgId)), new int[] { 40, 20, 40 }),
				new Scenario("deep page", List.of(new Op("admin page " + deepPage + " (after=cursor)", "admin",
						"/api/admin/cases?after=" + enc(cursor))), new int[] { 100 }));

		for (Scenario s : scenarios) {
			for (Op op : s.ops) {
				var r = sessions.get(op.role).get(0).send("GET", op.path, null);
				sessions.get(op.role).get(0).expect(r, 200, op.name);
				int items = count("\"reference\":", r.body());
				System.out.printf("  %s: %s -> %d items, next %s, %d bytes%n", op.name, op.path, items,
						r.body().contains("\"next\":null") ? "none" : "yes", r.body().length());
			}
		}

		if (jitWarmup > 0) {
			t0 = System.nanoTime();
			for (Scenario s : scenarios) {
				run(s, vus, sessions, Math.max(1, jitWarmup / scenarios.size()), 0, null, null, null, null);
			}
			System.out.printf("JIT warm-up: all scenarios, %d users, %.0f s, not recorded%n", vus,
					(System.nanoTime() - t0) / 1e9);
		}
		for (Scenario s : scenarios) {
			run(s, vus, sessions, warmup, duration, label, pid, tsv, admin);
		}
	}

	static int share(int vus, int percent) {
		return Math.max(1, Math.round(vus * percent / 100f));
	}

	static String email(String role, int i) {
		return String.format(Locale.ROOT, "bench-%s-%02d@example.com", role, i);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static int count(String needle, String text) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	static List<Client> signIn(int n, java.util.function.IntFunction<String> emailOf) {
		List<Client> l = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Client c = new Client();
			c.expect(c.send("GET", "/api/session", null), 401, "prime XSRF cookie");
			c.expect(c.send("POST", "/api/session", json("email", emailOf.apply(i), "password", password)), 200,
					"sign in " + emailOf.apply(i));
			l.add(c);
		}
		return l;
	}

	// ---- setup through the API ------------------------------------------------------------------------------

	static final String[] SPECIALTIES = { "Cardiology", "Neurology", "Orthopedics", "Oncology", "Radiology",
			"Emergency Medicine", "General Surgery", "Obstetrics and Gynecology", "Pediatrics", "Psychiatry",
			"Internal Medicine", "Anesthesiology", "Dermatology", "Urology", "Ophthalmology", "Gastroenterology" };

	static void setup(String setupToken, int requesters, int providers, int specialties) throws Exception {
		long t0 = System.nanoTime();
		Client admin = new Client();
		admin.expect(admin.send("GET", "/api/session", null), 401, "prime XSRF cookie");
		admin.expect(admin.send("POST", "/api/setup", json("token", setupToken, "email", "bench-admin@example.com",
				"fullName", "Bench Admin", "password", password)), 201, "setup");
		var org = admin.send("POST", "/api/admin/organizations", json("name", "Bench & Partners", "kind", "LAW_FIRM"));
		admin.expect(org, 201, "create organization");
		String orgId = find("\"id\":\"([^\"]+)\"", org.body());
		for (int i = 0; i < Math.min(specialties, SPECIALTIES.length); i++) {
			admin.expect(admin.send("POST", "/api/admin/specialties", json("name", SPECIALTIES[i])), 201,
					"specialty " + SPECIALTIES[i]);
		}
		for (int i = 0; i < requesters + providers; i++) {
			boolean requester = i < requesters;
			String email = requester ? email("requester", i) : email("provider", i - requesters);
			var sent = admin.send("POST", "/api/admin/invitations", "{\"email\":" + quote(email) + ",\"role\":"
					+ (requester ? "\"REQUESTER\",\"organizationId\":" + quote(orgId) : "\"PROVIDER\"")
					+ ",\"organizationOwner\":false}");
			admin.expect(sent, 201, "invite " + email);
			String link = find("\"link\":\"([^\"]+)\"", sent.body());
			String token = URLDecoder.decode(link.substring(link.indexOf("#token=") + 7), StandardCharsets.UTF_8);
			Client invitee = new Client();
			invitee.expect(invitee.send("GET", "/api/session", null), 401, "prime XSRF cookie");
			String name = requester ? "Bench Requester " + i : "Dr. Bench Provider " + (i - requesters);
			invitee.expect(invitee.send("POST", "/api/invitations/accept",
					json("token", token, "fullName", name, "password", password)), 201, "accept " + email);
			invitee.expect(invitee.send("DELETE", "/api/session", null), 204, "sign out " + email);
		}
		System.out.printf("set up through the API: 1 admin, 1 organization, %d specialties, %d requesters, %d providers "
				+ "in %.1f s%n", Math.min(specialties, SPECIALTIES.length), requesters, providers,
				(System.nanoTime() - t0) / 1e9);
	}

	// ---- the load -------------------------------------------------------------------------------------------

	static final class Recorder {

		final Map<String, long[]> latencies = new HashMap<>();

		final Map<String, Integer> counts = new HashMap<>();

		final Map<String, Integer> errors = new HashMap<>();

		final Map<String, Integer> errorKinds = new TreeMap<>();

		void record(String op, long nanos, String error) {
			int n = counts.merge(op, 1, Integer::sum);
			long[] l = latencies.computeIfAbsent(op, k -> new long[1024]);
			if (n > l.length) {
				l = Arrays.copyOf(l, l.length * 2);
				latencies.put(op, l);
			}
			l[n - 1] = nanos;
			if (error != null) {
				errors.merge(op, 1, Integer::sum);
				errorKinds.merge(op + " " + error, 1, Integer::sum);
			}
		}

	}

	static void run(Scenario s, int vus, Map<String, List<Client>> sessions, int warmup, int duration, String label,
			String pid, String tsv, Client admin) throws Exception {
		long start = System.nanoTime() + warmup * 1_000_000_000L;
		long end = start + duration * 1_000_000_000L;
		// Which operation each virtual user repeats: by the scenario's shares, the last op takes the rest.
		List<Op> assigned = new ArrayList<>();
		for (int o = 0; o < s.ops.size(); o++) {
			int n = o == s.ops.size() - 1 ? vus - assigned.size() : share(vus, s.shares[o]);
			for (int i = 0; i < n; i++) {
				assigned.add(s.ops.get(o));
			}
		}
		Recorder[] recorders = new Recorder[vus];
		CountDownLatch done = new CountDownLatch(vus);
		Map<String, Integer> used = new HashMap<>();
		for (int v = 0; v < vus; v++) {
			Recorder r = recorders[v] = new Recorder();
			Op op = assigned.get(v);
			int n = used.merge(op.role, 1, Integer::sum) - 1;
			List<Client> pool = sessions.get(op.role);
			Client c = pool.get(n % pool.size());
			new Thread(() -> {
				try {
					java.util.SplittableRandom rnd = new java.util.SplittableRandom();
					while (System.nanoTime() < end) {
						timed(c, op, start, end, r);
						if (thinkMs > 0) { // uniform think time between answers, mean --think-ms
							Thread.sleep(rnd.nextInt(2 * thinkMs + 1));
						}
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			}, "vu-" + v).start();
		}
		Thread.sleep(Math.max(0, (start - System.nanoTime()) / 1_000_000));
		if (label == null) {
			done.await();
			return;
		}
		Map<String, Double> before = metrics(admin);
		double cpuBefore = cpuSeconds(pid);
		Map<String, Double> threadsBefore = threadCpu(pid);
		double machineBefore = machineBusySeconds();
		double driverBefore = driverCpuSeconds();
		String from = java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0).toString();
		String loadAtStart = loadAverage();
		Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
		double cpuAfter = cpuSeconds(pid);
		Map<String, Double> threadsAfter = threadCpu(pid);
		double machineBusy = (machineBusySeconds() - machineBefore) / duration;
		double driverBusy = (driverCpuSeconds() - driverBefore) / duration;
		String to = java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0).toString();
		String loadAtEnd = loadAverage();
		Map<String, Double> after = metrics(admin);
		done.await();

		Recorder all = new Recorder();
		int total = 0;
		for (Recorder r : recorders) {
			for (Op op : s.ops) {
				long[] l = r.latencies.getOrDefault(op.name, new long[0]);
				int n = r.counts.getOrDefault(op.name, 0);
				total += n;
				for (int i = 0; i < n; i++) {
					all.record(op.name, l[i], null);
				}
			}
			r.errors.forEach((k, e) -> all.errors.merge(k, e, Integer::sum));
			r.errorKinds.forEach((k, e) -> all.errorKinds.merge(k, e, Integer::sum));
		}
		List<String> notes = new ArrayList<>();
		double cpu = cpuAfter - cpuBefore;
		notes.add(String.format(Locale.ROOT, "server busy %.2f cores (%.2f ms CPU per request%s), load driver %.2f, "
				+ "whole machine %.2f of %d; load average %s at start, %s at end", cpu / duration,
				total == 0 ? Double.NaN : cpu * 1000 / total, perKind(threadsBefore, threadsAfter, total), driverBusy,
				machineBusy, Runtime.getRuntime().availableProcessors(), loadAtStart, loadAtEnd));
		String pool = pool(before, after);
		if (pool != null) {
			notes.add(pool);
		}
		System.out.printf("%n%s, scenario %s: %d virtual users%s, %d s recorded (%s-%s UTC) after %d s warm-up%n", label,
				s.name, vus, thinkMs > 0 ? " (think time mean " + thinkMs + " ms)" : "", duration, from, to, warmup);
		System.out.printf("%-46s %4s %7s %8s %8s %8s %8s %8s %6s%n", "operation", "vus", "count", "req/s", "p50 ms",
				"p90 ms", "p99 ms", "max ms", "errors");
		boolean first = true;
		for (Op op : s.ops) {
			int n = all.counts.getOrDefault(op.name, 0);
			long[] l = Arrays.copyOf(all.latencies.getOrDefault(op.name, new long[0]), n);
			Arrays.sort(l);
			int errors = all.errors.getOrDefault(op.name, 0);
			long users = assigned.stream().filter(x -> x == op).count();
			double rps = (n - errors) / (double) duration;
			double p50 = ms(percentile(l, 50)), p90 = ms(percentile(l, 90)), p99 = ms(percentile(l, 99));
			double max = n == 0 ? Double.NaN : ms(l[n - 1]);
			System.out.printf(Locale.ROOT, "%-46s %4d %7d %8.1f %8.1f %8.1f %8.1f %8.1f %6d%n", op.name, users, n, rps,
					p50, p90, p99, max, errors);
			appendTsv(tsv, String.join("\t", label, s.name, op.name, String.valueOf(users), String.valueOf(n), f(rps),
					f(p50), f(p90), f(p99), f(max), String.valueOf(errors), first ? String.join("; ", notes) : ""));
			first = false;
		}
		System.out.printf(Locale.ROOT, "all: %.1f req/s%n", (total - all.errors.values().stream().mapToInt(Integer::intValue).sum())
				/ (double) duration);
		notes.forEach(System.out::println);
		if (!all.errorKinds.isEmpty()) {
			System.out.println("ERRORS: " + all.errorKinds);
		}
	}

	static String perKind(Map<String, Double> before, Map<String, Double> after, int requests) {
		if (after.isEmpty() || requests == 0) {
			return "";
		}
		StringBuilder sb = new StringBuilder(": ");
		for (String kind : List.of("requests", "JIT", "GC", "other")) {
			sb.append(String.format(Locale.ROOT, "%s%s %.2f", kind.equals("requests") ? "" : ", ", kind,
					(after.getOrDefault(kind, 0d) - before.getOrDefault(kind, 0d)) * 1000 / requests));
		}
		return sb.toString();
	}

	static void timed(Client c, Op op, long start, long end, Recorder r) {
		long t0 = System.nanoTime();
		String error;
		try {
			HttpResponse<String> response = c.exchange("GET", op.path, null);
			error = response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
		}
		catch (IOException | InterruptedException e) {
			error = e.getClass().getSimpleName();
		}
		long t1 = System.nanoTime();
		if (t1 >= start && t1 < end) {
			r.record(op.name, t1 - t0, error);
		}
	}

	// ---- what the server says about itself --------------------------------------------------------------

	static final Pattern METRIC = Pattern.compile("^(hikaricp_connections_(?:acquire|usage)_seconds_(?:sum|count|max)|"
			+ "hikaricp_connections_timeout_total|hikaricp_connections_max|jvm_gc_pause_seconds_(?:sum|count))\\{[^}]*}\\s+(\\S+)$");

	static Map<String, Double> metrics(Client admin) {
		Map<String, Double> m = new LinkedHashMap<>();
		try {
			var response = admin.exchange("GET", "/actuator/prometheus", null, "text/plain");
			if (response.statusCode() != 200) {
				System.out.println("(metrics: HTTP " + response.statusCode() + ")");
				return m;
			}
			for (String line : response.body().split("\n")) {
				Matcher x = METRIC.matcher(line);
				if (x.matches()) {
					m.merge(x.group(1), Double.parseDouble(x.group(2)), Double::sum);
				}
			}
		}
		catch (Exception e) {
			System.out.println("(metrics: " + e + ")");
		}
		return m;
	}

	/** What the connection pool did between two scrapes; null when the metrics are not available. */
	static String pool(Map<String, Double> b, Map<String, Double> a) {
		if (a.isEmpty() || b.isEmpty()) {
			return null;
		}
		double acquires = delta(b, a, "hikaricp_connections_acquire_seconds_count");
		double waited = delta(b, a, "hikaricp_connections_acquire_seconds_sum");
		double uses = delta(b, a, "hikaricp_connections_usage_seconds_count");
		double held = delta(b, a, "hikaricp_connections_usage_seconds_sum");
		return String.format(Locale.ROOT, "pool of %.0f: %.0f checkouts, wait mean %.1f / max %.0f ms, held mean %.1f "
				+ "/ max %.0f ms, %.0f timeouts", a.getOrDefault("hikaricp_connections_max", 0d), acquires,
				acquires == 0 ? 0 : waited * 1000 / acquires,
				a.getOrDefault("hikaricp_connections_acquire_seconds_max", 0d) * 1000, uses == 0 ? 0 : held * 1000 / uses,
				a.getOrDefault("hikaricp_connections_usage_seconds_max", 0d) * 1000,
				delta(b, a, "hikaricp_connections_timeout_total"))
				+ String.format(Locale.ROOT, "; %.0f GC pauses, %.0f ms in all", delta(b, a, "jvm_gc_pause_seconds_count"),
						delta(b, a, "jvm_gc_pause_seconds_sum") * 1000);
	}

	static double delta(Map<String, Double> before, Map<String, Double> after, String name) {
		return after.getOrDefault(name, 0d) - before.getOrDefault(name, 0d);
	}

	/** User plus system CPU time of the server process, from /proc (Linux); NaN when unknown. */
	/**
	 * The server's CPU time by kind of thread, from /proc/PID/task: request threads (Tomcat's), the JIT
	 * compilers, the garbage collector, the rest. Threads that ended in between are missed; the pool's
	 * threads live long.
	 */
	static Map<String, Double> threadCpu(String pid) {
		Map<String, Double> m = new TreeMap<>();
		if (pid == null) {
			return m;
		}
		try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
					String kind = name.startsWith("http-nio") ? "requests"
							: name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "JIT"
									: name.startsWith("GC Thread") || name.startsWith("G1 ") ? "GC" : "other";
					m.merge(kind, seconds, Double::sum);
				}
				catch (IOException | RuntimeException e) {
					// the thread ended
				}
			}
		}
		catch (IOException e) {
			// no /proc
		}
		return m;
	}

	static String threadCpuPerCycle(Map<String, Double> before, Map<String, Double> after, int cycles) {
		if (after.isEmpty() || cycles == 0) {
			return null;
		}
		StringBuilder sb = new StringBuilder("of which");
		for (String kind : List.of("requests", "JIT", "GC", "other")) {
			sb.append(String.format(Locale.ROOT, " %s %.0f", kind,
					(after.getOrDefault(kind, 0d) - before.getOrDefault(kind, 0d)) * 1000 / cycles));
		}
		return sb.append(" ms").toString();
	}

	static double cpuSeconds(String pid) {
		if (pid == null) {
			return Double.NaN;
		}
		try {
			String stat = Files.readString(Path.of("/proc", pid, "stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks (USER_HZ)
		}
		catch (Exception e) {
			return Double.NaN;
		}
	}

	/** CPU time of this load driver (all its threads). */
	static double driverCpuSeconds() {
		var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
	}

	/** Busy CPU time (not idle, iowait or steal) of the whole machine, all processes, from /proc/stat. */
	static double machineBusySeconds() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < f.length && i <= 8; i++) {
				if (i != 4 && i != 5 && i != 8) { // idle, iowait, steal
					busy += Long.parseLong(f[i]);
				}
			}
			return busy / 100.0;
		}
		catch (Exception e) {
			return Double.NaN;
		}
	}

	static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (IOException e) {
			return "?";
		}
	}

	// ---- HTTP with a cookie jar of its own ------------------------------------------------------------------

	/** One browser: its own cookies (session, XSRF), echoing the XSRF cookie on every non-GET. */
	static final class Client {

		final Map<String, String> cookies = new HashMap<>();

		HttpResponse<String> exchange(String method, String path, String body) throws IOException, InterruptedException {
			return exchange(method, path, body, "application/json");
		}

		HttpResponse<String> exchange(String method, String path, String body, String accept)
				throws IOException, InterruptedException {
			var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("Accept", accept);
			if (body != null) {
				b.header("Content-Type", "application/json");
			}
			if (!cookies.isEmpty()) {
				StringBuilder sb = new StringBuilder();
				cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
				b.header("Cookie", sb.toString());
			}
			String xsrf = cookies.get("XSRF-TOKEN");
			if (!method.equals("GET") && xsrf != null) {
				b.header("X-XSRF-TOKEN", xsrf);
			}
			b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
			HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("set-cookie")) {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				String name = pair.substring(0, eq).trim();
				String value = pair.substring(eq + 1).trim();
				boolean gone = value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0");
				if (gone) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
			return response;
		}

		/** For seeding and calibration: failures stop the program. */
		HttpResponse<String> send(String method, String path, String body) {
			try {
				return exchange(method, path, body);
			}
			catch (IOException | InterruptedException e) {
				throw new IllegalStateException(method + " " + path + ": " + e, e);
			}
		}

		void expect(HttpResponse<String> response, int status, String what) {
			if (response.statusCode() != status) {
				throw new IllegalStateException(what + ": expected " + status + ", got " + response.statusCode() + " "
						+ response.body());
			}
		}

	}

	// ---- small things -------------------------------------------------------------------------------------

	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return -1;
		}
		int rank = (int) Math.ceil(p / 100 * sorted.length); // nearest rank
		return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
	}

	static double ms(long nanos) {
		return nanos < 0 ? Double.NaN : nanos / 1e6;
	}

	static String f(double d) {
		return String.format(Locale.ROOT, "%.1f", d);
	}

	static void appendTsv(String file, String line) throws IOException {
		if (file != null) {
			Files.writeString(Path.of(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}

	static String find(String regex, String text) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("no " + regex + " in " + text);
		}
		return m.group(1);
	}

	static String json(String... kv) {
		StringBuilder sb = new StringBuilder("{");
		for (int i = 0; i < kv.length; i += 2) {
			sb.append(i == 0 ? "" : ",").append(quote(kv[i])).append(':').append(quote(kv[i + 1]));
		}
		return sb.append('}').toString();
	}

	static String quote(String s) {
		StringBuilder sb = new StringBuilder("\"");
		for (char ch : s.toCharArray()) {
			switch (ch) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				default -> {
					if (ch < 0x20) {
						sb.append(String.format("\\u%04x", (int) ch));
					}
					else {
						sb.append(ch);
					}
				}
			}
		}
		return sb.append('"').toString();
	}

	static Map<String, String> args(String[] argv) {
		Map<String, String> m = new HashMap<>();
		for (int i = 0; i < argv.length; i++) {
			if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
				throw new IllegalArgumentException("usage: --name value ...; got " + argv[i]);
			}
			m.put(argv[i].substring(2), argv[++i]);
		}
		return m;
	}

}
