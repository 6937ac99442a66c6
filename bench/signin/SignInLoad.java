import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in load driver for Consilium (see README.md). JDK 17 source launcher, java.net.http only:
 *
 * <pre>
 * java bench/signin/SignInLoad.java --base http://127.0.0.1:18080 --setup-token T [--users 64]
 *     [--concurrency 16,64] [--jit-warmup 30] [--warmup 5] [--duration 25] [--calibrate 15] [--fetches 5]
 *     [--label H2] [--pid SERVER_PID] [--tsv results.tsv] [--cookie-file session.cookie] [--timeout 30]
 * </pre>
 *
 * On a fresh instance it creates the first admin with the setup token, one organization and --users
 * requesters through invitations (the links are returned to the admin when no SMTP server is set). Then:
 * a JIT warm-up (as many virtual users as cores, nothing recorded); a sequential calibration (sign-ins one
 * at a time: the cost of one Argon2id check plus the rest of the request); and for each --concurrency level
 * N virtual users (one platform thread and one cookie jar each, closed loop, no think time) looping sign-in,
 * fetch profile x5, sign out: --warmup seconds unrecorded, then --duration seconds recorded. A request
 * counts when its answer arrives inside the recorded window. Any non-2xx answer or I/O failure (including
 * the --timeout) is an error, counted per operation and by status, never dropped; the latencies of errors
 * are in the percentiles, req/s counts 2xx answers only. Before and after each recorded window the admin
 * scrapes /actuator/prometheus (connection pool waits, GC pauses), and with --pid the server's CPU time is
 * read from /proc.
 */
public final class SignInLoad {

	static final String SIGN_IN = "sign-in";
	static final String PROFILE = "profile";
	static final String SIGN_OUT = "sign-out";
	static final List<String> OPS = List.of(SIGN_IN, PROFILE, SIGN_OUT);

	static String base;
	static String password;
	static Duration timeout;
	static HttpClient http;

	public static void main(String[] argv) throws Exception {
		Map<String, String> a = args(argv);
		base = a.getOrDefault("base", "http://127.0.0.1:18080");
		password = a.getOrDefault("password", "Bench-Passphrase-2026!");
		timeout = Duration.ofSeconds(Long.parseLong(a.getOrDefault("timeout", "30")));
		int users = Integer.parseInt(a.getOrDefault("users", "64"));
		int warmup = Integer.parseInt(a.getOrDefault("warmup", "5"));
		int duration = Integer.parseInt(a.getOrDefault("duration", "25"));
		int calibrate = Integer.parseInt(a.getOrDefault("calibrate", "15"));
		int jitWarmup = Integer.parseInt(a.getOrDefault("jit-warmup", "30"));
		int profileFetches = Integer.parseInt(a.getOrDefault("fetches", "5"));
		String label = a.getOrDefault("label", "?");
		String pid = a.get("pid");
		String tsv = a.get("tsv");
		String cookieFile = a.get("cookie-file");
		int[] levels = Arrays.stream(a.getOrDefault("concurrency", "16,64").split(","))
			.mapToInt(s -> Integer.parseInt(s.trim()))
			.toArray();

		http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		System.out.printf("== %s: %s, load driver java %s, %d cores, load average %s%n", label, base,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());

		Client admin = seed(a.get("setup-token"), users);

		if (jitWarmup > 0) {
			// A fresh JVM compiles for a minute or more: measured cold, the same cycle cost 120 ms of CPU instead
			// of 75 and a profile fetch 6 ms instead of 2. Nothing of this phase is recorded.
			long t0 = System.nanoTime();
			int vus = Runtime.getRuntime().availableProcessors();
			run(vus, users, profileFetches, jitWarmup, 0, null, null, null, null);
			System.out.printf("JIT warm-up: %d virtual users for %.0f s, not recorded%n", vus, (System.nanoTime() - t0) / 1e9);
		}

		calibrate(calibrate, label, tsv, pid);

		for (int level : levels) {
			run(level, users, profileFetches, warmup, duration, label, pid, tsv, admin);
		}

		if (cookieFile != null) {
			// A session for wrk (profile fetch alone): the last seeded user, signed in once more.
			Client c = new Client();
			c.expect(c.send("GET", "/api/session", null), 401, "prime XSRF cookie");
			c.expect(c.send("POST", "/api/session", signInBody(email(users - 1))), 200, "sign in for wrk");
			Files.writeString(Path.of(cookieFile), "CONSILIUM_SESSION=" + c.cookies.get("CONSILIUM_SESSION") + "\n");
		}
	}

	// ---- seeding ------------------------------------------------------------------------------------------

	static String email(int i) {
		return String.format(Locale.ROOT, "bench-user-%03d@example.com", i);
	}

	static String signInBody(String email) {
		return json("email", email, "password", password);
	}

	/** Sets up a fresh instance (admin, organization, users); on one already set up, signs the admin in. */
	static Client seed(String setupToken, int users) throws Exception {
		Client admin = new Client();
		var state = admin.send("GET", "/api/setup", null);
		admin.expect(admin.send("GET", "/api/session", null), 401, "prime XSRF cookie");
		if (!state.body().contains("\"required\":true")) {
			System.out.println("instance already set up: signing the admin in, assuming the users exist");
			admin.expect(admin.send("POST", "/api/session", signInBody("bench-admin@example.com")), 200,
					"admin sign-in");
			return admin;
		}
		if (setupToken == null) {
			throw new IllegalStateException("fresh instance: --setup-token is required");
		}
		long t0 = System.nanoTime();
		admin.expect(admin.send("POST", "/api/setup", json("token", setupToken, "email", "bench-admin@example.com",
				"fullName", "Bench Admin", "password", password)), 201, "setup");
		var org = admin.send("POST", "/api/admin/organizations", json("name", "Bench & Partners", "kind", "LAW_FIRM"));
		admin.expect(org, 201, "create organization");
		String orgId = find("\"id\":\"([^\"]+)\"", org.body());
		for (int i = 0; i < users; i++) {
			var sent = admin.send("POST", "/api/admin/invitations", "{\"email\":" + quote(email(i))
					+ ",\"role\":\"REQUESTER\",\"organizationId\":" + quote(orgId) + ",\"organizationOwner\":false}");
			admin.expect(sent, 201, "invite " + email(i));
			String link = find("\"link\":\"([^\"]+)\"", sent.body());
			String token = URLDecoder.decode(link.substring(link.indexOf("#token=") + 7), StandardCharsets.UTF_8);
			Client invitee = new Client();
			invitee.expect(invitee.send("GET", "/api/session", null), 401, "prime XSRF cookie");
			invitee.expect(invitee.send("POST", "/api/invitations/accept",
					json("token", token, "fullName", "Bench User " + i, "password", password)), 201,
					"accept " + email(i));
			invitee.expect(invitee.send("DELETE", "/api/session", null), 204, "sign out " + email(i));
		}
		System.out.printf("seeded 1 admin, 1 organization, %d requesters in %.1f s%n", users,
				(System.nanoTime() - t0) / 1e9);
		return admin;
	}

	// ---- calibration: one sign-in at a time -----------------------------------------------------------------

	static void calibrate(int n, String label, String tsv, String pid) throws Exception {
		if (n <= 0) {
			return;
		}
		Client c = new Client();
		c.expect(c.send("GET", "/api/session", null), 401, "prime XSRF cookie");
		List<Long> signIns = new ArrayList<>();
		List<Long> profiles = new ArrayList<>();
		double cpu0 = Double.NaN;
		Map<String, Double> threads0 = Map.of();
		for (int i = -3; i < n; i++) { // three unrecorded rounds first
			if (i == 0) {
				cpu0 = cpuSeconds(pid);
				threads0 = threadCpu(pid);
			}
			long t0 = System.nanoTime();
			c.expect(c.send("POST", "/api/session", signInBody(email(0))), 200, "calibration sign-in");
			long t1 = System.nanoTime();
			c.expect(c.send("GET", "/api/session", null), 200, "calibration profile");
			long t2 = System.nanoTime();
			c.expect(c.send("DELETE", "/api/session", null), 204, "calibration sign-out");
			if (i >= 0) {
				signIns.add(t1 - t0);
				profiles.add(t2 - t1);
			}
		}
		double cpuPerCycle = (cpuSeconds(pid) - cpu0) * 1000 / n;
		String kinds = threadCpuPerCycle(threads0, threadCpu(pid), n);
		long[] s = signIns.stream().mapToLong(Long::longValue).sorted().toArray();
		long[] p = profiles.stream().mapToLong(Long::longValue).sorted().toArray();
		double signInMedian = ms(percentile(s, 50));
		double profileMedian = ms(percentile(p, 50));
		String note = String.format(Locale.ROOT, "one at a time; profile fetch median %.1f ms; server CPU %.0f ms per "
				+ "sign-in + fetch + sign-out%s", profileMedian, cpuPerCycle, kinds == null ? "" : " (" + kinds + ")");
		System.out.printf("calibration, %d sequential sign-ins: min %.1f / median %.1f / max %.1f ms (%s)%n", n,
				ms(s[0]), signInMedian, ms(s[s.length - 1]), note);
		appendTsv(tsv, String.join("\t", label, "1", "sign-in", String.valueOf(n), f(1000 / signInMedian),
				f(signInMedian), f(ms(percentile(s, 90))), f(ms(percentile(s, 99))), f(ms(s[s.length - 1])), "0", note));
	}

	// ---- the load -----------------------------------------------------------------------------------------

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

	static void run(int vus, int users, int fetches, int warmup, int duration, String label, String pid, String tsv,
			Client admin) throws Exception {
		long start = System.nanoTime() + warmup * 1_000_000_000L;
		long end = start + duration * 1_000_000_000L;
		Recorder[] recorders = new Recorder[vus];
		AtomicLong cycles = new AtomicLong();
		CountDownLatch done = new CountDownLatch(vus);
		Map<String, Double> before = new ConcurrentHashMap<>();
		double[] cpuBefore = new double[1];
		Thread[] threads = new Thread[vus];
		for (int v = 0; v < vus; v++) {
			Recorder r = recorders[v] = new Recorder();
			String email = email(v % users);
			threads[v] = new Thread(() -> {
				try {
					virtualUser(email, fetches, start, end, r, cycles);
				}
				finally {
					done.countDown();
				}
			}, "vu-" + v);
			threads[v].start();
		}
		// The admin's scrape at the start of the recorded window (the request itself is not recorded).
		Thread.sleep(Math.max(0, (start - System.nanoTime()) / 1_000_000));
		if (label == null) { // warm-up only
			done.await();
			return;
		}
		before.putAll(metrics(admin));
		cpuBefore[0] = cpuSeconds(pid);
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
		Map<String, Double> after = metrics(admin);
		done.await();

		Recorder all = new Recorder();
		for (Recorder r : recorders) {
			for (String op : OPS) {
				long[] l = r.latencies.getOrDefault(op, new long[0]);
				int n = r.counts.getOrDefault(op, 0);
				for (int i = 0; i < n; i++) {
					all.record(op, l[i], null);
				}
			}
			r.errors.forEach((k, e) -> all.errors.merge(k, e, Integer::sum));
			r.errorKinds.forEach((k, e) -> all.errorKinds.merge(k, e, Integer::sum));
		}
		List<String> notes = new ArrayList<>();
		notes.add(String.format(Locale.ROOT, "%.1f full cycles/s", cycles.get() / (double) duration));
		if (!Double.isNaN(cpuBefore[0]) && !Double.isNaN(cpuAfter)) {
			int signIns = all.counts.getOrDefault(SIGN_IN, 0);
			double cpu = cpuAfter - cpuBefore[0];
			notes.add(String.format(Locale.ROOT, "server busy %.2f cores, load driver %.2f, whole machine %.2f; server "
					+ "CPU %.0f ms per cycle", cpu / duration, driverBusy, machineBusy,
					signIns == 0 ? Double.NaN : cpu * 1000 / signIns));
			String kinds = threadCpuPerCycle(threadsBefore, threadsAfter, signIns);
			if (kinds != null) {
				notes.add(kinds);
			}
		}
		String pool = pool(before, after);
		if (pool != null) {
			notes.add(pool);
		}
		System.out.printf("%n%s, %d virtual users (%d accounts), %d s recorded (%s-%s UTC) after %d s warm-up, load "
				+ "average at start %s%n", label, vus, Math.min(vus, users), duration, from, to, warmup, loadAtStart);
		System.out.printf("%-10s %8s %9s %8s %8s %8s %8s %7s%n", "operation", "count", "req/s", "p50 ms", "p90 ms",
				"p99 ms", "max ms", "errors");
		for (String op : OPS) {
			int n = all.counts.getOrDefault(op, 0);
			long[] l = Arrays.copyOf(all.latencies.getOrDefault(op, new long[0]), n);
			Arrays.sort(l);
			int errors = all.errors.getOrDefault(op, 0);
			double rps = (n - errors) / (double) duration;
			double p50 = ms(percentile(l, 50)), p90 = ms(percentile(l, 90)), p99 = ms(percentile(l, 99));
			double max = n == 0 ? Double.NaN : ms(l[n - 1]);
			System.out.printf("%-10s %8d %9.1f %8.1f %8.1f %8.1f %8.1f %7d%n", op, n, rps, p50, p90, p99, max, errors);
			appendTsv(tsv, String.join("\t", label, String.valueOf(vus), op, String.valueOf(n), f(rps), f(p50),
					f(p90), f(p99), f(max), String.valueOf(errors), op.equals(SIGN_IN) ? String.join("; ", notes) : ""));
		}
		System.out.printf("(req/s counts 2xx answers only; a full cycle is sign-in, %d fetches, sign-out)%n", fetches);
		notes.forEach(note -> System.out.println(note));
		if (!all.errorKinds.isEmpty()) {
			System.out.println("ERRORS: " + all.errorKinds);
		}
	}

	static void virtualUser(String email, int fetches, long start, long end, Recorder r, AtomicLong cycles) {
		Client c = new Client();
		while (System.nanoTime() < end) {
			if (c.cookies.get("XSRF-TOKEN") == null) {
				timed(c, "GET", "/api/session", null, null, start, end, r); // not an operation: sets the cookie
				continue;
			}
			if (!timed(c, "POST", "/api/session", signInBody(email), SIGN_IN, start, end, r)) {
				continue;
			}
			for (int i = 0; i < fetches; i++) {
				timed(c, "GET", "/api/session", null, PROFILE, start, end, r);
			}
			if (timed(c, "DELETE", "/api/session", null, SIGN_OUT, start, end, r)) {
				long now = System.nanoTime();
				if (now >= start && now < end) {
					cycles.incrementAndGet();
				}
			}
		}
		if (c.cookies.containsKey("CONSILIUM_SESSION")) { // leave no session behind
			c.send("DELETE", "/api/session", null);
		}
	}

	/** Sends one request; records it when its answer arrives inside the window. True when the answer is 2xx. */
	static boolean timed(Client c, String method, String path, String body, String op, long start, long end,
			Recorder r) {
		long t0 = System.nanoTime();
		String error;
		try {
			HttpResponse<String> response = c.exchange(method, path, body);
			error = response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
		}
		catch (IOException | InterruptedException e) {
			error = e.getClass().getSimpleName();
		}
		long t1 = System.nanoTime();
		if (op != null && t1 >= start && t1 < end) {
			r.record(op, t1 - t0, error);
		}
		return error == null;
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
