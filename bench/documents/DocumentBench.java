import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.consilium.crypto.AccountKey;
import app.consilium.crypto.AssociatedData;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.CaseKeyId;
import app.consilium.crypto.ContentEnvelope;
import app.consilium.crypto.DocumentKey;
import app.consilium.crypto.DocumentStream;
import app.consilium.crypto.Identity;
import app.consilium.crypto.KdfParameters;
import app.consilium.crypto.KeyScope;
import app.consilium.crypto.Member;
import app.consilium.crypto.RecoveryCode;
import app.consilium.crypto.UserKeyPair;

/**
 * The client of the documents benchmark (see README.md). JDK 17 source launcher with the crypto module on the
 * class path (java.net.http only, no JSON library):
 *
 * <pre>
 * java -cp consilium-crypto.jar bench/documents/DocumentBench.java --base http://127.0.0.1:18181 --setup-token T
 *     --plain FILE --work DIR --pid SERVER_PID [--plain-base http://127.0.0.1:P] [--store-pid S3PROXY_PID]
 *     [--label folder] [--repeat 3] [--warmup-uploads 1000] [--warmup-mib 64] [--in-flight 2] [--tsv results.tsv]
 *     [--s3-endpoint URL --s3-bucket B --s3-access-key A --s3-secret-key S --s3-direct-source S3DirectUpload.java
 *      --s3-classpath AWS_SDK_CLASSPATH [--s3-java java] [--s3-java-opts "OPTION\nOPTION..."]]
 * </pre>
 *
 * 1. Through the API, as DocumentsIT does: the first admin (setup token), a law firm, a requester of it and a
 * provider (invitations accepted through their links), both onboarded (profile, organization, encryption setup
 * with real key material), a case between them and its first case key generation (grants for both).
 * 2. Encrypts FILE once, client side, into WORK/ciphertext (DocumentStream, a fresh document key wrapped
 * under the case key), with the SHA-256 of every 8 MiB chunk (the browser's worker computes it with the
 * chunk) and of the plaintext; timed and reported apart (the Java client's encryption speed).
 * 3. Untimed warm-up: --warmup-uploads documents of 256 KiB up and down (the request path compiled as in a
 * server that has been in use), one round trip of --warmup-mib (the large-chunk path), then --repeat rounds
 * of, each step starting after an untimed sync(1), in this order:
 * <ul>
 * <li>cp: cp WORK/ciphertext to a file beside it (no fsync; also a second copy with dd conv=fsync, for the
 * disk's own speed);</li>
 * <li>plain PUT / plain GET: the same ciphertext bytes in one HTTP/1.1 PUT to PlainHttpServer.java, and back
 * with one GET to a file;</li>
 * <li>with --s3-endpoint (the S3 run): direct S3 upload: the same ciphertext file uploaded by S3DirectUpload.java
 * (a new JVM per round: one untimed pass, then the timed one, whose time it reports itself) straight to the
 * S3 store the server uses, as the server's S3BlobStore writes it (multipart, 8 MiB parts, --in-flight parts
 * on their way), without the server: what the store costs alone;</li>
 * <li>upload: declare + every chunk in order (Content-Digest) + commit, --in-flight chunk PUTs on their way at
 * once on as many HTTP/1.1 connections (the next one read from the ciphertext file and sent when the oldest
 * is answered), as the browser sends them;</li>
 * <li>download: GET .../content into a file; then (untimed) its size is checked and it is decrypted with the
 * document key read back from the server and compared with the plaintext's SHA-256.</li>
 * </ul>
 * Server memory around upload and download: a full GC (jcmd PID GC.run) before the step gives the heap
 * baseline; jstat -gc PID 200 samples heap used (S0U+S1U+EU+OU) and committed during the step, and what
 * young collections kept (survivors and old generation, S0U+S1U+OU: everything but the eden, so objects still
 * reachable at the last collection, large arrays, and garbage promoted before it died); a full GC after it
 * gives the heap still used; /proc/PID/status VmRSS is sampled every 200 ms, and VmHWM is reset
 * (/proc/PID/clear_refs 5) before the step and read after it; /proc/PID/stat gives the server's CPU time.
 * With --store-pid the same RSS and CPU figures are taken of S3Proxy.
 */
public final class DocumentBench {

	static final int CHUNK = 8 * 1024 * 1024;

	static final String PASSWORD = "Bench-Passphrase-2026!";

	static String base;

	/** Chunk PUTs on their way at once, as the browser sends them (CHUNKS_IN_FLIGHT, default 2). */
	static int inFlight;

	static HttpClient http;

	static Path work;

	static String tsv;

	static String label;

	static int currentRound;

	/** The S3 run's direct upload (S3DirectUpload.java), or null. */
	static Direct direct;

	/** The direct upload's JVM while it runs, stopped if this one is. */
	static volatile Process directChild;

	static String currentStep;

	public static void main(String[] argv) throws Exception {
		Map<String, String> a = args(argv);
		base = a.get("base");
		work = Path.of(a.get("work"));
		tsv = a.get("tsv");
		label = a.getOrDefault("label", "?");
		Path plain = Path.of(a.get("plain"));
		String plainBase = a.get("plain-base");
		long pid = Long.parseLong(a.get("pid"));
		long storePid = Long.parseLong(a.getOrDefault("store-pid", "0"));
		long plainPid = Long.parseLong(a.getOrDefault("plain-pid", "0"));
		int repeat = Integer.parseInt(a.getOrDefault("repeat", "3"));
		int warmupMib = Integer.parseInt(a.getOrDefault("warmup-mib", "64"));
		String jfr = a.get("jfr");
		inFlight = Integer.parseInt(a.getOrDefault("in-flight", "2"));
		int warmupUploads = Integer.parseInt(a.getOrDefault("warmup-uploads", "0"));
		if (a.containsKey("s3-endpoint")) {
			direct = new Direct(a.getOrDefault("s3-java", "java"), a.getOrDefault("s3-java-opts", "").lines()
				.filter(o -> !o.isBlank()).toList(), a.get("s3-classpath"), a.get("s3-direct-source"), a.get("s3-endpoint"),
					a.get("s3-bucket"), a.get("s3-access-key"), a.get("s3-secret-key"));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				Process p = directChild;
				if (p != null) {
					p.destroyForcibly();
				}
			}));
		}
		http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		// ---- 1. people, case, case key through the API -------------------------------------------------------
		long t0 = System.nanoTime();
		Session admin = new Session();
		admin.expect(admin.send("GET", "/api/session", null), 401, "prime XSRF cookie");
		admin.expect(admin.send("POST", "/api/setup", json("token", a.get("setup-token"), "email",
				"bench-admin@example.com", "fullName", "Bench Admin", "password", PASSWORD)), 201, "setup");
		String org = find("\"id\":\"([^\"]+)\"", admin.expect(admin.send("POST", "/api/admin/organizations",
				json("name", "Bench & Partners", "kind", "LAW_FIRM")), 201, "organization").body());
		String specialty = find("\"id\":\"([^\"]+)\"", admin.expect(admin.send("POST", "/api/admin/specialties",
				json("name", "Radiology")), 201, "specialty").body());
		Person requester = invite(admin, "bench-requester@example.com", "\"REQUESTER\",\"organizationId\":" + quote(org)
				+ ",\"organizationOwner\":true", "Bench Requester");
		Person provider = invite(admin, "bench-provider@example.com",
				"\"PROVIDER\",\"organizationId\":null,\"organizationOwner\":false", "Dr. Bench Provider");
		onboard(requester, null);
		onboard(provider, specialty);
		String created = requester.session.expect(requester.session.send("POST", "/api/cases",
				json("name", "Bench v. Large Files", "engagementType", "EXPERT_ENGAGEMENT", "providerId", provider.id,
						"expertService", "RECORD_REVIEW")), 201, "create case").body();
		String caseId = find("\"summary\":\\{[^{}]*?\"id\":\"([^\"]+)\"", created);
		CaseKey caseKey = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 1));
		Identity granter = new Identity(requester.id, requester.keys);
		List<String> grants = new ArrayList<>();
		for (Person p : List.of(requester, provider)) {
			grants.add(quote(Base64Url.encode(CaseKeyGrant.seal(caseKey, granter, new Member(p.id, p.keys.publicKeys())))));
		}
		requester.session.expect(requester.session.send("POST", "/api/cases/" + caseId + "/keys/generations",
				"{\"scope\":\"CASE\",\"generation\":1,\"grants\":[" + String.join(",", grants) + "]}"), 201,
				"case key generation");
		System.out.printf(Locale.ROOT, "%s: set up through the API (admin, requester, provider onboarded, case %s, case key) "
				+ "in %.1f s%n", label, caseId, (System.nanoTime() - t0) / 1e9);

		Monitor server = new Monitor(pid);
		Monitor store = storePid > 0 ? new Monitor(storePid) : null;
		System.out.printf(Locale.ROOT, "%s: server pid %d, %s; RSS %.0f MiB%n", label, pid, server.heapSettings(),
				server.rssKib() / 1024.0);

		// ---- warm-up of the request path: many small documents up and down, not recorded ------------------------
		// A server in use has answered many thousands of requests; one that just started compiles its filters,
		// session, security and SQL paths during the first rounds (1-3 s of JIT CPU per GiB otherwise).
		if (warmupUploads > 0) {
			Path small = work.resolve("warmup-small.plain");
			try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(small)) {
				in.transferTo(new BoundedOutput(out, 256 << 10));
			}
			catch (BoundedOutput.Full ignored) {
				// enough
			}
			Path back = work.resolve("warmup-small.download");
			long u = System.nanoTime();
			for (int i = 0; i < warmupUploads; i++) {
				Encrypted w = encrypt(small, caseId, caseKey, work.resolve("warmup-small.ciphertext"));
				upload(requester.session, caseId, w);
				download(provider.session, caseId, w, back);
				check(Files.size(back) == Files.size(w.file), "warm-up download " + i + " is incomplete");
			}
			System.out.printf(Locale.ROOT, "%s: warm-up: %d documents of 256 KiB up and down in %.1f s (not recorded)%n",
					label, warmupUploads, (System.nanoTime() - u) / 1e9);
			Files.delete(small);
			Files.delete(back);
			Files.delete(work.resolve("warmup-small.ciphertext"));
		}

		// ---- then one document of WARMUP_MIB through the same path as the rounds, not recorded ---------------------------------
		if (warmupMib > 0) {
			Path small = work.resolve("warmup.plain");
			try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(small)) {
				in.transferTo(new BoundedOutput(out, (long) warmupMib << 20));
			}
			catch (BoundedOutput.Full ignored) {
				// enough
			}
			Encrypted w = encrypt(small, caseId, caseKey, work.resolve("warmup.ciphertext"));
			long u = System.nanoTime();
			upload(requester.session, caseId, w);
			Path back = work.resolve("warmup.download");
			download(provider.session, caseId, w, back);
			verify(provider.session, caseId, caseKey, w, back);
			System.out.printf(Locale.ROOT, "%s: warm-up: %d MiB up, down and verified in %.1f s (not recorded)%n", label,
					warmupMib, (System.nanoTime() - u) / 1e9);
			Files.delete(small);
			Files.delete(work.resolve("warmup.ciphertext"));
			Files.delete(back);
		}

		// ---- the client's AES-GCM, JIT-compiled before it is timed ----------------------------------------------
		warmUpCrypto(caseId);

		// ---- 2. the client encrypts once per round --------------------------------------------------------
		long plainSize = Files.size(plain);
		for (int round = 1; round <= repeat; round++) {
			sync();
			Encrypted e = encrypt(plain, caseId, caseKey, work.resolve("ciphertext"));
			long size = Files.size(e.file);
			record(round, "client encrypt (Java, to a file, + chunk SHA-256)", plainSize, e.nanos, "");
			System.out.printf(Locale.ROOT, "%s round %d: plaintext %d bytes, ciphertext %d bytes (%d chunks), "
					+ "encrypted in %.2f s = %.0f MB/s of plaintext%n", label, round, plainSize, size, e.chunks(),
					e.nanos / 1e9, plainSize / (e.nanos / 1e9) / 1e6);

			// cp, no fsync, and dd with fsync
			Path copy = work.resolve("copy");
			sync();
			long s = System.nanoTime();
			run("cp", e.file.toString(), copy.toString());
			long cpNanos = System.nanoTime() - s;
			record(round, "cp (page cache, no fsync)", size, cpNanos, "");
			Files.delete(copy);
			sync();
			s = System.nanoTime();
			run("dd", "if=" + e.file, "of=" + copy, "bs=8M", "conv=fsync", "status=none");
			record(round, "dd bs=8M conv=fsync (to disk)", size, System.nanoTime() - s, "");
			Files.delete(copy);

			// plain PUT and GET of the same bytes
			if (plainBase != null) {
				sync();
				double plainCpu = cpuOf(plainPid);
				s = System.nanoTime();
				var put = http.send(HttpRequest.newBuilder(URI.create(plainBase + "/ciphertext"))
					.PUT(HttpRequest.BodyPublishers.ofFile(e.file)).build(), HttpResponse.BodyHandlers.discarding());
				long putNanos = System.nanoTime() - s;
				check(put.statusCode() == 204, "plain PUT answered " + put.statusCode());
				record(round, "plain HTTP PUT (one request)", size, putNanos, plainCpu(plainPid, plainCpu));
				sync();
				Path got = work.resolve("plain.download");
				plainCpu = cpuOf(plainPid);
				s = System.nanoTime();
				var get = http.send(HttpRequest.newBuilder(URI.create(plainBase + "/ciphertext")).GET().build(),
						HttpResponse.BodyHandlers.ofFile(got));
				long getNanos = System.nanoTime() - s;
				check(get.statusCode() == 200 && Files.size(got) == size, "plain GET answered " + get.statusCode());
				record(round, "plain HTTP GET (one request)", size, getNanos, plainCpu(plainPid, plainCpu));
				Files.delete(got);
				http.send(HttpRequest.newBuilder(URI.create(plainBase + "/ciphertext")).DELETE().build(),
						HttpResponse.BodyHandlers.discarding());

				// the same bytes in 8 MiB PUTs, one after the other, read from the file like the upload below
				sync();
				plainCpu = cpuOf(plainPid);
				s = System.nanoTime();
				byte[] buffer = new byte[CHUNK];
				try (RandomAccessFile file = new RandomAccessFile(e.file.toFile(), "r")) {
					for (int n = 0; n < e.chunks(); n++) {
						int length = (int) Math.min(CHUNK, size - (long) n * CHUNK);
						file.seek((long) n * CHUNK);
						file.readFully(buffer, 0, length);
						var part = http.send(HttpRequest.newBuilder(URI.create(plainBase + "/ciphertext." + n))
							.PUT(HttpRequest.BodyPublishers.ofByteArray(buffer, 0, length)).build(),
								HttpResponse.BodyHandlers.discarding());
						check(part.statusCode() == 204, "plain PUT of part " + n + " answered " + part.statusCode());
					}
				}
				record(round, "plain HTTP PUT in 8 MiB requests", size, System.nanoTime() - s, plainCpu(plainPid, plainCpu));
				for (int n = 0; n < e.chunks(); n++) {
					http.send(HttpRequest.newBuilder(URI.create(plainBase + "/ciphertext." + n)).DELETE().build(),
							HttpResponse.BodyHandlers.discarding());
				}
			}

			// the same bytes straight to the S3 store, as the server writes them, without the server
			if (direct != null) {
				directUpload(round, e.file, size, store);
			}

			// the server: upload
			sync();
			currentRound = round;
			currentStep = "upload";
			var upMem = server.begin(store);
			profile(jfr, pid, "upload", round, true);
			s = System.nanoTime();
			long[] chunkNanos = upload(requester.session, caseId, e);
			long upNanos = System.nanoTime() - s;
			profile(jfr, pid, "upload", round, false);
			String upMemory = server.end(upMem, store);
			Arrays.sort(chunkNanos);
			String chunks = String.format(Locale.ROOT, "per chunk PUT: median %.0f ms, max %.0f ms", ms(chunkNanos[chunkNanos.length / 2]),
					ms(chunkNanos[chunkNanos.length - 1]));
			record(round, "server upload: declare + chunks + commit (MB/s of ciphertext)", size, upNanos,
					upMemory + "; " + chunks);
			record(round, "server upload (MB/s of plaintext)", plainSize, upNanos, "");

			// the server: download
			Path back = work.resolve("download");
			sync();
			currentStep = "download";
			var downMem = server.begin(store);
			profile(jfr, pid, "download", round, true);
			s = System.nanoTime();
			download(provider.session, caseId, e, back);
			long downNanos = System.nanoTime() - s;
			profile(jfr, pid, "download", round, false);
			String downMemory = server.end(downMem, store);
			record(round, "server download of the content (MB/s of ciphertext)", size, downNanos, downMemory);
			verify(provider.session, caseId, caseKey, e, back);
			Files.delete(back);
			Files.delete(e.file);
		}
		server.close();
		if (store != null) {
			store.close();
		}
	}

	// ---- the direct S3 upload (the S3 run) -----------------------------------------------------------------------

	/** What S3DirectUpload.java needs: its JVM, class path and source, and the store. */
	record Direct(String java, List<String> javaOptions, String classpath, String source, String endpoint, String bucket,
			String accessKey, String secretKey) {
	}

	/**
	 * The file uploaded straight to S3 by S3DirectUpload.java in a new JVM: an untimed pass (that JVM's JIT,
	 * TLS and pools), then, after a sync and with S3Proxy's CPU and RSS taken around it, the timed pass; the
	 * time is the one the program measures itself (CreateMultipartUpload to CompleteMultipartUpload), without
	 * the JVM's start-up, the compilation of the source or the deletion of the object.
	 */
	static void directUpload(int round, Path file, long size, Monitor store) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(direct.java);
		command.addAll(direct.javaOptions);
		command.add("-Dslf4j.internal.verbosity=ERROR"); // no "No SLF4J providers" lines: the SDK logs nothing
		command.addAll(List.of("-cp", direct.classpath, direct.source, "--endpoint", direct.endpoint, "--bucket",
				direct.bucket, "--access-key", direct.accessKey, "--secret-key", direct.secretKey, "--file",
				file.toString(), "--part-mib", Integer.toString(CHUNK >> 20), "--in-flight", Integer.toString(inFlight),
				"--passes", "2", "--wait-for-go", "true"));
		Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		directChild = p;
		long nanos = -1;
		double clientCpu = Double.NaN;
		double storeCpu = Double.NaN;
		double storeRss = Double.NaN;
		String warmup = "";
		try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
				OutputStream in = p.getOutputStream()) {
			for (String line; (line = out.readLine()) != null;) {
				if (line.equals("ready")) {
					sync();
					if (store != null) {
						store.resetHwm();
						store.peakRssKib = store.rssKib();
						storeCpu = store.cpuSeconds();
					}
					in.write("go\n".getBytes(StandardCharsets.UTF_8));
					in.flush();
				}
				else if (line.startsWith("nanos=")) {
					if (store != null) {
						storeCpu = store.cpuSeconds() - storeCpu;
						storeRss = Math.max(store.peakRssKib, store.status("VmHWM")) / 1024.0;
					}
					nanos = Long.parseLong(find("nanos=(\\d+)", line));
					clientCpu = Double.parseDouble(find("cpu=([0-9.]+)", line));
				}
				else if (line.startsWith("pass=")) { // the first one's figures in the note, the last one's are recorded
					if (line.startsWith("pass=1 ")) {
						warmup = line.replaceFirst(".* cpu=[0-9.]+ ", "").replace(" (warm-up, not counted)", "");
					}
				}
				else {
					System.out.println(label + " round " + round + ": S3DirectUpload: " + line);
				}
			}
			check(p.waitFor() == 0, "S3DirectUpload exited with " + p.exitValue());
		}
		finally {
			p.destroyForcibly();
			directChild = null;
		}
		check(nanos > 0, "S3DirectUpload reported no time");
		String note = String.format(Locale.ROOT, "S3 client (S3DirectUpload, a new JVM) CPU %.1f s, its untimed first pass %s",
				clientCpu, warmup);
		if (store != null) {
			note += String.format(Locale.ROOT, "; S3Proxy RSS peak %.0f MiB, CPU %.1f s", storeRss, storeCpu);
		}
		record(round, "direct S3 multipart upload (AWS SDK, 8 MiB parts, " + inFlight + " in flight, no server)", size,
				nanos, note);
		if (tsv != null) { // the memory table's columns, the server's empty: it takes no part (client CPU in its place)
			Files.writeString(Path.of(tsv + ".memory"), String.join("\t", label, Integer.toString(round),
					"direct S3 upload (no server)", "", "", "", "", "", "", String.format(Locale.ROOT, "%.2f", clientCpu),
					String.format(Locale.ROOT, "%.1f", storeRss), String.format(Locale.ROOT, "%.2f", storeCpu)) + "\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}

	// ---- the document ------------------------------------------------------------------------------------------

	/**
	 * Encrypts 4 MiB in memory again and again until the JIT has compiled AES-GCM: at least 5 s, then until the
	 * median of the last 5 passes reaches 250 MB/s, or 1.5 GiB were encrypted, or 120 s passed. Cold, on a busy
	 * 2-core machine, the stream runs at ~30 MB/s for the first ~750 MiB (20-30 s), then at 500+ MB/s.
	 */
	static void warmUpCrypto(String caseId) throws IOException {
		byte[] buffer = new byte[4 << 20];
		new java.util.Random(1).nextBytes(buffer);
		DocumentKey key = DocumentKey.generate(caseId, UUID.randomUUID().toString());
		List<Long> passes = new ArrayList<>();
		long start = System.nanoTime();
		long best = Long.MAX_VALUE;
		while (true) {
			long s = System.nanoTime();
			DocumentStream.encrypt(key, new java.io.ByteArrayInputStream(buffer), OutputStream.nullOutputStream());
			long t = System.nanoTime() - s;
			passes.add(t);
			best = Math.min(best, t);
			double elapsed = (System.nanoTime() - start) / 1e9;
			if (passes.size() >= 5 && elapsed >= 5) {
				long[] last = passes.subList(passes.size() - 5, passes.size()).stream().mapToLong(Long::longValue).sorted().toArray();
				boolean fast = buffer.length / (last[2] / 1e9) / 1e6 >= 250;
				if (fast || (long) passes.size() * buffer.length >= 3L << 29 || elapsed >= 120) {
					System.out.printf(Locale.ROOT, "%s: client crypto warm-up: %d passes of 4 MiB in %.1f s, first %.0f MB/s, "
							+ "last %.0f MB/s%n", label, passes.size(), elapsed, buffer.length / (passes.get(0) / 1e9) / 1e6,
							buffer.length / (last[2] / 1e9) / 1e6);
					return;
				}
			}
		}
	}

	/** A document encrypted as a browser prepares it, in a file, with what the upload needs. */
	record Encrypted(UUID id, Path file, long plaintextSize, byte[] plaintextSha256, List<byte[]> chunkDigests,
			byte[] wrappedKey, byte[] metadata, byte[] header, long nanos) {

		int chunks() {
			return chunkDigests.size();
		}

	}

	static Encrypted encrypt(Path plain, String caseId, CaseKey caseKey, Path out) throws Exception {
		UUID id = UUID.randomUUID();
		long s = System.nanoTime();
		DocumentKey key = DocumentKey.generate(caseId, id.toString());
		MessageDigest plainSha = MessageDigest.getInstance("SHA-256");
		ChunkDigests digests = new ChunkDigests(Files.newOutputStream(out, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
		try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(plain), 1 << 20), plainSha);
				digests) {
			DocumentStream.encrypt(key, in, digests);
		}
		long nanos = System.nanoTime() - s;
		byte[] header = new byte[40];
		try (InputStream in = Files.newInputStream(out)) {
			check(in.readNBytes(header, 0, 40) == 40, "no header");
		}
		byte[] metadata = ContentEnvelope.seal(caseKey, new AssociatedData("document-metadata", id.toString()),
				("{\"name\":\"" + plain.getFileName() + "\",\"description\":\"benchmark\"}").getBytes(StandardCharsets.UTF_8));
		return new Encrypted(id, out, Files.size(plain), plainSha.digest(), digests.digests, key.wrap(caseKey), metadata,
				header, nanos);
	}

	/** Writes through, keeping the SHA-256 of every CHUNK bytes. */
	static final class ChunkDigests extends FilterOutputStream {

		final List<byte[]> digests = new ArrayList<>();

		MessageDigest current = sha256();

		long inChunk;

		ChunkDigests(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			while (len > 0) {
				int n = (int) Math.min(len, CHUNK - inChunk);
				current.update(b, off, n);
				inChunk += n;
				off += n;
				len -= n;
				if (inChunk == CHUNK) {
					digests.add(current.digest());
					inChunk = 0;
				}
			}
		}

		@Override
		public void close() throws IOException {
			if (inChunk > 0) {
				digests.add(current.digest());
				inChunk = 0;
			}
			super.close();
		}

	}

	/**
	 * Declare, every chunk in order with {@code inFlight} PUTs on their way at once (the browser sends two:
	 * the next one starts when the oldest is answered), commit; returns the time of each chunk's PUT.
	 */
	static long[] upload(Session s, String caseId, Encrypted e) throws Exception {
		long size = Files.size(e.file);
		String declared = s.expect(s.send("POST", "/api/cases/" + caseId + "/uploads", "{\"id\":" + quote(e.id.toString())
				+ ",\"category\":\"IMAGING\",\"contentType\":\"application/octet-stream\",\"size\":" + size + ",\"header\":"
				+ quote(Base64Url.encode(e.header)) + ",\"metadata\":" + quote(Base64Url.encode(e.metadata)) + ",\"key\":"
				+ quote(Base64Url.encode(e.wrappedKey)) + "}"), 201, "declare").body();
		int chunks = Integer.parseInt(find("\"chunks\":(\\d+)", declared));
		check(chunks == e.chunks(), "the server expects " + chunks + " chunks, the client made " + e.chunks());
		long[] times = new long[chunks];
		ExecutorService senders = Executors.newFixedThreadPool(inFlight);
		ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[CHUNK]);
		try (FileChannel file = FileChannel.open(e.file, StandardOpenOption.READ)) {
			ArrayDeque<Future<?>> pending = new ArrayDeque<>();
			for (int chunk = 0; chunk < chunks; chunk++) {
				if (pending.size() == inFlight) {
					pending.removeFirst().get();
				}
				int n = chunk;
				pending.addLast(senders.submit(() -> {
					byte[] buffer = buffers.get();
					int length = (int) Math.min(CHUNK, size - (long) n * CHUNK);
					long t = System.nanoTime();
					ByteBuffer into = ByteBuffer.wrap(buffer, 0, length);
					while (into.hasRemaining()) {
						file.read(into, (long) n * CHUNK + into.position());
					}
					var answer = s.exchangeBytes("/api/cases/" + caseId + "/uploads/" + e.id + "/chunks/" + n, buffer,
							length, "sha-256=:" + Base64.getEncoder().encodeToString(e.chunkDigests.get(n)) + ":");
					times[n] = System.nanoTime() - t;
					s.expect(answer, 200, "chunk " + n);
					return null;
				}));
			}
			for (Future<?> f : pending) {
				f.get();
			}
		}
		finally {
			senders.shutdownNow();
		}
		s.expect(s.send("POST", "/api/cases/" + caseId + "/uploads/" + e.id + "/commit", null), 201, "commit");
		return times;
	}

	static void download(Session s, String caseId, Encrypted e, Path to) throws Exception {
		var answer = s.download("/api/cases/" + caseId + "/documents/" + e.id + "/versions/" + e.id + "/content", to);
		check(answer.statusCode() == 200, "download answered " + answer.statusCode());
	}

	/** The downloaded bytes are the uploaded ones and decrypt, with the key the server returns, to the original. */
	static void verify(Session s, String caseId, CaseKey caseKey, Encrypted e, Path downloaded) throws Exception {
		check(Files.size(downloaded) == Files.size(e.file), "downloaded " + Files.size(downloaded) + " bytes of "
				+ Files.size(e.file));
		String document = s.expect(s.send("GET", "/api/cases/" + caseId + "/documents/" + e.id, null), 200, "document")
			.body();
		String wrapped = find("\"key\":\"([^\"]+)\"", document);
		DocumentKey key = DocumentKey.unwrap(caseKey, e.id.toString(), Base64Url.decode(wrapped));
		MessageDigest sha = sha256();
		try (InputStream in = new BufferedInputStream(Files.newInputStream(downloaded), 1 << 20);
				OutputStream out = new java.security.DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
			DocumentStream.decrypt(key, in, out);
		}
		check(Arrays.equals(sha.digest(), e.plaintextSha256), "the download does not decrypt to the original");
		System.out.printf("%s: the download decrypts to the original (SHA-256 %s)%n", label,
				HexFormat.of().formatHex(e.plaintextSha256));
	}

	// ---- people ------------------------------------------------------------------------------------------------

	record Person(Session session, String id, String email, UserKeyPair keys) {
	}

	static Person invite(Session admin, String email, String rest, String name) {
		String sent = admin.expect(admin.send("POST", "/api/admin/invitations", "{\"email\":" + quote(email) + ",\"role\":"
				+ rest + "}"), 201, "invite " + email).body();
		String link = find("\"link\":\"([^\"]+)\"", sent);
		String token = URLDecoder.decode(link.substring(link.indexOf("#token=") + 7), StandardCharsets.UTF_8);
		Session session = new Session();
		session.expect(session.send("GET", "/api/session", null), 401, "prime XSRF cookie");
		String accepted = session.expect(session.send("POST", "/api/invitations/accept",
				json("token", token, "fullName", name, "password", PASSWORD)), 201, "accept " + email).body();
		return new Person(session, find("\"id\":\"([^\"]+)\"", accepted), email, UserKeyPair.generate());
	}

	/** Onboarding as People.onboard does it: profile, organization or practice, encryption setup. */
	static void onboard(Person p, String specialtyId) {
		Session s = p.session;
		String me = s.expect(s.send("GET", "/api/session", null), 200, "session").body();
		String version = find("\"version\":(\\d+)", me);
		String profile = specialtyId == null ? json("fullName", "Onboarded " + p.email)
				: "{\"fullName\":" + quote("Onboarded " + p.email) + ",\"licenceNumber\":\"LIC-BENCH1\",\"specialtyIds\":["
						+ quote(specialtyId) + "]}";
		String saved = s.expect(s.sendWith("PUT", "/api/me/profile", profile, Map.of("If-Match", "\"" + version + "\"")),
				200, "profile " + p.email).body();
		boolean hasOrganization = !Pattern.compile("\"organization\":null").matcher(saved).find()
				&& saved.contains("\"organization\":");
		if (hasOrganization) {
			s.expect(s.send("POST", "/api/me/onboarding/organization", null), 200, "organization step " + p.email);
		}
		else {
			s.expect(s.send("PUT", "/api/me/organization", json("name", "Practice " + p.email)), 200,
					"practice " + p.email);
		}
		AccountKey accountKey = AccountKey.generate();
		String body = "{\"publicKeys\":" + quote(Base64Url.encode(p.keys.publicKeys().encoded())) + ",\"privateKeys\":"
				+ quote(Base64Url.encode(p.keys.wrap(accountKey, p.id))) + ",\"passphraseWrap\":"
				+ quote(Base64Url.encode(accountKey.wrapWithPassphrase(p.id, PASSWORD, KdfParameters.generate())))
				+ ",\"recoveryWrap\":"
				+ quote(Base64Url.encode(accountKey.wrapWithRecoveryCode(p.id, RecoveryCode.generate()))) + "}";
		s.expect(s.send("PUT", "/api/me/keys", body), 201, "keys " + p.email);
	}

	// ---- the server's memory and CPU --------------------------------------------------------------------------

	/** Samples one JVM: jstat -gc every 200 ms (heap), /proc (RSS, CPU). */
	static final class Monitor implements AutoCloseable {

		final long pid;

		final Process jstat;

		volatile double heapUsedKib = -1;

		volatile double heapCommittedKib = -1;

		volatile double peakUsedKib;

		volatile double peakCommittedKib;

		/** Survivors and old generation: what the collections left, without the eden's uncollected garbage. */
		volatile double keptKib = -1;

		volatile double peakKeptKib;

		volatile long youngCollections;

		volatile long peakRssKib;

		final Thread rssSampler;

		volatile boolean closed;

		Monitor(long pid) throws IOException {
			this.pid = pid;
			this.jstat = isJava(pid) ? new ProcessBuilder("jstat", "-gc", Long.toString(pid), "200").redirectErrorStream(true)
				.start() : null;
			if (jstat != null) {
				Thread t = new Thread(this::readJstat, "jstat-" + pid);
				t.setDaemon(true);
				t.start();
			}
			rssSampler = new Thread(() -> {
				while (!closed) {
					long rss = rssKib();
					if (rss > peakRssKib) {
						peakRssKib = rss;
					}
					try {
						Thread.sleep(200);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "rss-" + pid);
			rssSampler.setDaemon(true);
			rssSampler.start();
		}

		static boolean isJava(long pid) {
			try {
				return Files.readString(Path.of("/proc/" + pid + "/comm")).trim().equals("java");
			}
			catch (IOException ex) {
				return false;
			}
		}

		void readJstat() {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
				List<String> columns = null;
				for (String line; (line = r.readLine()) != null;) {
					String[] f = line.trim().split("\\s+");
					if (f[0].equals("S0C")) {
						columns = List.of(f);
						continue;
					}
					if (columns == null || f.length != columns.size()) {
						continue;
					}
					double used = 0;
					double committed = 0;
					for (String c : List.of("S0U", "S1U", "EU", "OU")) {
						used += Double.parseDouble(f[columns.indexOf(c)]);
					}
					for (String c : List.of("S0C", "S1C", "EC", "OC")) {
						committed += Double.parseDouble(f[columns.indexOf(c)]);
					}
					double kept = used - Double.parseDouble(f[columns.indexOf("EU")]);
					youngCollections = Long.parseLong(f[columns.indexOf("YGC")]);
					keptKib = kept;
					if (kept > peakKeptKib) {
						peakKeptKib = kept;
					}
					heapUsedKib = used;
					heapCommittedKib = committed;
					if (used > peakUsedKib) {
						peakUsedKib = used;
					}
					if (committed > peakCommittedKib) {
						peakCommittedKib = committed;
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				System.err.println("jstat reader: " + ex);
			}
		}

		String heapSettings() {
			try {
				String flags = command("jcmd", Long.toString(pid), "VM.flags");
				Matcher m = Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(flags);
				Matcher i = Pattern.compile("-XX:InitialHeapSize=(\\d+)").matcher(flags);
				String gc = flags.contains("UseG1GC") ? "G1" : flags.contains("UseSerialGC") ? "Serial"
						: flags.contains("UseParallelGC") ? "Parallel" : "?";
				return String.format(Locale.ROOT, "%s, initial heap %s MiB, max heap %s MiB", gc,
						i.find() ? Long.parseLong(i.group(1)) >> 20 : "?", m.find() ? Long.parseLong(m.group(1)) >> 20 : "?");
			}
			catch (Exception ex) {
				return "heap settings unknown (" + ex + ")";
			}
		}

		long rssKib() {
			return status("VmRSS");
		}

		long status(String field) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
					if (line.startsWith(field + ":")) {
						return Long.parseLong(line.replaceAll("[^0-9]", ""));
					}
				}
			}
			catch (IOException ex) {
				// gone
			}
			return -1;
		}

		double cpuSeconds() {
			return cpuOf(pid);
		}

		/** Before a step: full GC, baseline, peaks reset. */
		record Start(double heapBaselineKib, long rssKib, double cpu, double storeCpu, Map<String, Double> threads,
				long youngCollections) {
		}

		/** CPU seconds of the process's threads by kind (request threads, JIT, GC, other) and user/system. */
		Map<String, Double> threadCpu() {
			Map<String, Double> m = new java.util.TreeMap<>();
			try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
				for (Path task : (Iterable<Path>) tasks::iterator) {
					try {
						String stat = Files.readString(task.resolve("stat"));
						String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
						String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						double user = Long.parseLong(f[11]) / 100.0;
						double system = Long.parseLong(f[12]) / 100.0;
						String kind = name.startsWith("http-nio") || name.startsWith("qtp") ? "requests"
								: name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "JIT"
										: name.startsWith("GC Thread") || name.startsWith("G1 ") ? "GC" : "other";
						m.merge(kind, user + system, Double::sum);
						m.merge("user", user, Double::sum);
						m.merge("system", system, Double::sum);
					}
					catch (IOException | RuntimeException e) {
						// the thread ended
					}
				}
			}
			catch (IOException e) {
				// gone
			}
			return m;
		}

		static String threadCpu(Map<String, Double> before, Map<String, Double> after) {
			StringBuilder sb = new StringBuilder();
			for (String kind : List.of("requests", "JIT", "GC", "other", "user", "system")) {
				sb.append(String.format(Locale.ROOT, "%s%s %.1f", sb.length() == 0 ? "" : kind.equals("user") ? "; " : ", ",
						kind, after.getOrDefault(kind, 0d) - before.getOrDefault(kind, 0d)));
			}
			return sb.toString();
		}

		Start begin(Monitor store) throws Exception {
			double baseline = fullGcAndRead();
			resetHwm();
			peakUsedKib = heapUsedKib;
			peakCommittedKib = heapCommittedKib;
			peakKeptKib = keptKib;
			peakRssKib = rssKib();
			if (store != null) {
				store.resetHwm();
				store.peakRssKib = store.rssKib();
			}
			return new Start(baseline, rssKib(), cpuSeconds(), store == null ? 0 : store.cpuSeconds(), threadCpu(),
					youngCollections);
		}

		/** After a step: the figures as one text cell. */
		String end(Start start, Monitor store) throws Exception {
			double cpu = cpuSeconds() - start.cpu;
			String threads = threadCpu(start.threads, threadCpu());
			Thread.sleep(450); // let jstat and the RSS sampler take a last sample of the step
			double peakUsed = peakUsedKib;
			double peakCommitted = peakCommittedKib;
			double peakKept = peakKeptKib;
			long collections = youngCollections - start.youngCollections;
			long hwm = status("VmHWM");
			long rssNow = rssKib();
			double after = fullGcAndRead();
			String s = String.format(Locale.ROOT, "server heap: %.0f MiB live before, peak used %.0f MiB (+%.0f), "
					+ "peak kept by %d young collections %.0f MiB (%+.0f), "
					+ "peak committed %.0f MiB, live after %.0f MiB (%+.1f); RSS %.0f -> peak %.0f MiB (VmHWM %.0f, +%.0f), "
					+ "%.0f at the end; server CPU %.1f s", start.heapBaselineKib / 1024, peakUsed / 1024,
					(peakUsed - start.heapBaselineKib) / 1024, collections, peakKept / 1024,
					(peakKept - start.heapBaselineKib) / 1024, peakCommitted / 1024, after / 1024,
					(after - start.heapBaselineKib) / 1024, start.rssKib / 1024.0, Math.max(peakRssKib, hwm) / 1024.0,
					hwm / 1024.0, (Math.max(peakRssKib, hwm) - start.rssKib) / 1024.0, rssNow / 1024.0, cpu) + " (" + threads + ")";
			double storeRss = Double.NaN;
			double storeCpu = Double.NaN;
			if (store != null) {
				long storeHwm = store.status("VmHWM");
				storeRss = Math.max(store.peakRssKib, storeHwm) / 1024.0;
				storeCpu = store.cpuSeconds() - start.storeCpu;
				s += String.format(Locale.ROOT, "; S3Proxy RSS peak %.0f MiB, CPU %.1f s", storeRss, storeCpu);
			}
			if (tsv != null) { // label, round, step, live before, peak used, peak committed, live after, RSS before,
								// peak RSS, server CPU, S3Proxy peak RSS, S3Proxy CPU (MiB, s), peak kept, young collections
				Files.writeString(Path.of(tsv + ".memory"), String.join("\t", label, Integer.toString(currentRound), currentStep,
						String.format(Locale.ROOT, "%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.2f\t%.1f\t%.2f\t%.1f\t%d",
								start.heapBaselineKib / 1024, peakUsed / 1024, peakCommitted / 1024, after / 1024,
								start.rssKib / 1024.0, Math.max(peakRssKib, hwm) / 1024.0, cpu, storeRss, storeCpu,
								peakKept / 1024, collections)) + "\n",
						StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
			return s;
		}

		/** jcmd GC.run (System.gc(): a full, compacting collection on G1), then the next jstat sample. */
		double fullGcAndRead() throws Exception {
			if (jstat == null) {
				return Double.NaN;
			}
			command("jcmd", Long.toString(pid), "GC.run");
			Thread.sleep(450);
			return heapUsedKib;
		}

		void resetHwm() {
			try {
				Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
			}
			catch (IOException ex) {
				// not allowed: VmHWM then counts from the process's start
			}
		}

		@Override
		public void close() {
			closed = true;
			if (jstat != null) {
				jstat.destroy();
			}
		}

	}

	// ---- HTTP with a cookie jar --------------------------------------------------------------------------------

	/** One browser: its own cookies (session, XSRF), echoing the XSRF cookie on every non-GET. */
	static final class Session {

		final Map<String, String> cookies = new ConcurrentHashMap<>();

		HttpRequest.Builder request(String path, String method) {
			var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
			if (!cookies.isEmpty()) {
				StringBuilder sb = new StringBuilder();
				cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
				b.header("Cookie", sb.toString());
			}
			String xsrf = cookies.get("XSRF-TOKEN");
			if (!method.equals("GET") && xsrf != null) {
				b.header("X-XSRF-TOKEN", xsrf);
			}
			return b;
		}

		void remember(HttpResponse<?> response) {
			for (String header : response.headers().allValues("set-cookie")) {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				String name = pair.substring(0, eq).trim();
				String value = pair.substring(eq + 1).trim();
				if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
		}

		HttpResponse<String> send(String method, String path, String body) {
			return sendWith(method, path, body, Map.of());
		}

		HttpResponse<String> sendWith(String method, String path, String body, Map<String, String> headers) {
			var b = request(path, method).header("Accept", "application/json");
			if (body != null) {
				b.header("Content-Type", "application/json");
			}
			headers.forEach(b::header);
			b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
			try {
				var response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
				remember(response);
				return response;
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(method + " " + path + ": " + ex, ex);
			}
		}

		HttpResponse<String> exchangeBytes(String path, byte[] bytes, int length, String digest) throws Exception {
			var b = request(path, "PUT").header("Accept", "application/json")
				.header("Content-Type", "application/octet-stream")
				.header("Content-Digest", digest)
				.PUT(HttpRequest.BodyPublishers.ofByteArray(bytes, 0, length));
			var response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
			remember(response);
			return response;
		}

		HttpResponse<Path> download(String path, Path to) throws Exception {
			var b = request(path, "GET").header("Accept", "application/octet-stream").GET();
			return http.send(b.build(), HttpResponse.BodyHandlers.ofFile(to));
		}

		HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
			if (response.statusCode() != status) {
				throw new IllegalStateException(what + ": expected " + status + ", got " + response.statusCode() + " "
						+ response.body());
			}
			return response;
		}

	}

	// ---- small things ------------------------------------------------------------------------------------------

	/** An output that takes so many bytes, then throws Full. */
	static final class BoundedOutput extends FilterOutputStream {

		static final class Full extends IOException {
		}

		long left;

		BoundedOutput(OutputStream out, long limit) {
			super(out);
			this.left = limit;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			int n = (int) Math.min(len, left);
			out.write(b, off, n);
			left -= n;
			if (left == 0) {
				throw new Full();
			}
		}

	}

	static void record(int round, String what, long bytes, long nanos, String note) throws IOException {
		double seconds = nanos / 1e9;
		String line = String.join("\t", label, Integer.toString(round), what, Long.toString(bytes),
				String.format(Locale.ROOT, "%.3f", seconds), String.format(Locale.ROOT, "%.1f", bytes / seconds / 1e6),
				note, loadAverage());
		System.out.printf(Locale.ROOT, "%s round %d: %-62s %7.1f MB/s (%.2f s)%s%n", label, round, what,
				bytes / seconds / 1e6, seconds, note.isEmpty() ? "" : "\n    " + note);
		if (tsv != null) {
			Files.writeString(Path.of(tsv), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}

	/** With --jfr DIR: a JFR recording (settings=profile) of the server around one step, for looking into it. */
	static void profile(String dir, long pid, String step, int round, boolean start) throws Exception {
		if (dir == null) {
			return;
		}
		String name = label + "-" + step + "-" + round;
		if (start) {
			command("jcmd", Long.toString(pid), "JFR.start", "name=" + name, "settings=profile",
					"filename=" + Path.of(dir).resolve(name + ".jfr").toAbsolutePath());
		}
		else {
			command("jcmd", Long.toString(pid), "JFR.stop", "name=" + name);
		}
	}

	/** CPU seconds (user + system) of a process so far; NaN when unknown. */
	static double cpuOf(long pid) {
		if (pid <= 0) {
			return Double.NaN;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime + stime, USER_HZ 100
		}
		catch (IOException ex) {
			return Double.NaN;
		}
	}

	static String plainCpu(long pid, double before) {
		return pid <= 0 ? "" : String.format(Locale.ROOT, "plain server CPU %.1f s", cpuOf(pid) - before);
	}

	static void sync() throws Exception {
		run("sync");
	}

	static void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).inheritIO().start();
		check(p.waitFor() == 0, String.join(" ", command) + " failed");
	}

	static String command(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		check(p.waitFor() == 0, String.join(" ", command) + " failed: " + out);
		return out;
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

	static double ms(long nanos) {
		return nanos / 1e6;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void check(boolean ok, String what) {
		if (!ok) {
			throw new IllegalStateException(what);
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
