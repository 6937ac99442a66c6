import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import app.consilium.crypto.AccountKey;
import app.consilium.crypto.AssociatedData;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.CaseKeyId;
import app.consilium.crypto.ContentEnvelope;
import app.consilium.crypto.Identity;
import app.consilium.crypto.KdfParameters;
import app.consilium.crypto.KeyScope;
import app.consilium.crypto.UserKeyPair;

/**
 * Bulk seeding for the case-list benchmark (see README.md). JDK 17 source launcher; the classpath must hold
 * the Consilium crypto jar and the JDBC drivers (run.sh takes them out of the Consilium jar):
 *
 * <pre>
 * java -cp 'lib/*' bench/cases/CaseSeed.java [--cases 100000] [--orgs 200] [--providers 500]
 *     [--requesters-per-org 4] [--threads N] JDBC_URL [JDBC_URL ...]
 * </pre>
 *
 * Each database must already hold the schema (Flyway ran at the app's first start) and what the load driver
 * created through the API (CaseListLoad --phase setup): the admin, the organization "Bench &amp; Partners" with
 * the load's requesters (bench-requester-NN@example.com), the load's providers (bench-provider-NN@…) and the
 * specialties. Everything else is inserted directly over JDBC, in batches, the app stopped:
 * organizations up to --orgs, requesters (--requesters-per-org in each organization: the cases' creators),
 * providers up to --providers, and --cases cases with their members, transitions, activity, a case key
 * generation with the creator's grant and a clinical-details envelope.
 *
 * The crypto is real and done once for all the databases given (so they hold the same cases): each creator
 * gets a P-256 key pair (account_keys: public keys, fingerprint, private keys wrapped by an account key);
 * each case gets a fresh CaseKey, one ContentEnvelope (kind "clinical", object = the case id) and one
 * CaseKeyGrant sealed by the creator to the creator. Sealed on all cores in parallel. Shortcut (the lists
 * never read it): all bulk creators share one account key and one passphrase wrap (PBKDF2 at 600,000
 * iterations costs ~130 ms, once instead of once per account).
 *
 * Ids are deterministic (the same run gives the same cases); timestamps are spread over the two years before
 * the run; statuses over the lifecycle (about two thirds Active, 20 % Done, 13 % Archived).
 */
public final class CaseSeed {

	static final String[] SURNAMES = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
			"Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
			"Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
			"Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
			"Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Okafor",
			"Kowalski", "Müller", "O'Brien", "Dubois", "Rossi", "Novak", "Svensson", "Haddad", "Tanaka" };

	static final String[] FIRST = { "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
			"David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
			"Carlos", "Aisha", "Wei", "Priya", "Olga", "Kwame", "Ana", "Lars", "Fatima", "Hiro", "Noor", "Ivan" };

	static final String[] HOSPITALS = { "Mercy Hospital", "St. Luke's Medical Center", "General Hospital",
			"Riverside Clinic", "Northside Health", "Valley Medical Group", "Children's Hospital", "University Hospital",
			"Lakeside Orthopedics", "Summit Cardiology", "Harbor Imaging", "Pinecrest Care Home" };

	static final String[] ORG_WORDS = { "Legal", "Law Group", "& Partners", "LLP", "Health", "Insurance", "Clinic",
			"Medical Center", "Associates", "Counsel" };

	// Status of each case, by weight: most Active, some Done and Archived.
	static final String[] STATUSES = { "NEW", "ASSIGNED", "ACCEPTED", "REJECTED", "IN_PROGRESS", "RETURNED", "DONE",
			"ARCHIVED" };

	static final int[] WEIGHTS = { 8, 7, 10, 2, 35, 5, 20, 13 };

	static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	static final long TWO_YEARS = 2L * 365 * 24 * 3600;

	public static void main(String[] argv) throws Exception {
		Map<String, String> a = new HashMap<>();
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < argv.length; i++) {
			if (argv[i].startsWith("--")) {
				a.put(argv[i].substring(2), argv[++i]);
			}
			else {
				urls.add(argv[i]);
			}
		}
		int cases = Integer.parseInt(a.getOrDefault("cases", "100000"));
		int orgs = Integer.parseInt(a.getOrDefault("orgs", "200"));
		int providers = Integer.parseInt(a.getOrDefault("providers", "500"));
		int perOrg = Integer.parseInt(a.getOrDefault("requesters-per-org", "4"));
		int threads = Integer.parseInt(a.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
		if (urls.isEmpty() && a.get("cache") == null) {
			throw new IllegalArgumentException("give at least one JDBC URL (or --cache FILE to seal only)");
		}

		// ---- crypto, once for every database (or read back from --cache) ------------------------------
		int creators = orgs * perOrg;
		Creator[] creatorKeys = new Creator[creators];
		byte[][] envelopes = new byte[cases][];
		byte[][] grants = new byte[cases][];
		byte[] passphraseWrap;
		String cache = a.get("cache");
		String cacheKey = cases + "/" + orgs + "/" + perOrg + "/" + providers;
		if (cache != null && Files.exists(Path.of(cache))) {
			long t0 = System.nanoTime();
			try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(Path.of(cache)), 1 << 20))) {
				if (!in.readUTF().equals(cacheKey)) {
					throw new IllegalStateException(cache + " was made for other counts: delete it");
				}
				passphraseWrap = bytes(in);
				for (int r = 0; r < creators; r++) {
					creatorKeys[r] = new Creator(uuid(2, r), null, bytes(in), in.readUTF(), bytes(in));
				}
				for (int i = 0; i < cases; i++) {
					envelopes[i] = bytes(in);
					grants[i] = bytes(in);
				}
			}
			System.out.printf(Locale.ROOT, "crypto: read back from %s in %.1f s (sealed by an earlier run)%n", cache,
					(System.nanoTime() - t0) / 1e9);
		}
		else {
			long t0 = System.nanoTime();
			AccountKey accountKey = AccountKey.generate();
			passphraseWrap = accountKey.wrapWithPassphrase(uuid(2, 0).toString(), "Bench-Passphrase-2026!",
					KdfParameters.generate());
			System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", String.valueOf(threads));
			IntStream.range(0, creators).parallel().forEach(r -> {
				UUID id = uuid(2, r);
				UserKeyPair keys = UserKeyPair.generate();
				creatorKeys[r] = new Creator(id, new Identity(id.toString(), keys), keys.publicKeys().encoded(),
						HexFormat.of().withUpperCase().formatHex(keys.publicKeys().fingerprint().bytes()),
						keys.wrap(accountKey, id.toString()));
			});
			long t1 = System.nanoTime();
			AtomicInteger sealed = new AtomicInteger();
			IntStream.range(0, cases).parallel().forEach(i -> {
				CaseData c = caseData(i, orgs, perOrg, providers);
				String caseId = c.id.toString();
				CaseKey key = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 1));
				envelopes[i] = ContentEnvelope.seal(key, new AssociatedData("clinical", caseId), clinicalJson(i, c));
				Identity creator = creatorKeys[c.creator].identity;
				grants[i] = CaseKeyGrant.seal(key, creator, creator.asMember());
				int n = sealed.incrementAndGet();
				if (n % 10000 == 0) {
					System.out.printf(Locale.ROOT, "  sealed %d cases (%.0f s)%n", n, (System.nanoTime() - t1) / 1e9);
				}
			});
			long t2 = System.nanoTime();
			System.out.printf(Locale.ROOT, "crypto: %d creator key pairs in %.1f s; %d case keys, clinical envelopes and "
					+ "creator grants in %.1f s (%.0f cases/s on %d threads)%n", creators, (t1 - t0) / 1e9, cases,
					(t2 - t1) / 1e9, cases / ((t2 - t1) / 1e9), threads);
			if (cache != null) {
				try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(cache)), 1 << 20))) {
					out.writeUTF(cacheKey);
					bytes(out, passphraseWrap);
					for (Creator c : creatorKeys) {
						bytes(out, c.publicKeys);
						out.writeUTF(c.fingerprint);
						bytes(out, c.privateKeysSealed);
					}
					for (int i = 0; i < cases; i++) {
						bytes(out, envelopes[i]);
						bytes(out, grants[i]);
					}
				}
			}
		}

		for (String url : urls) {
			long s0 = System.nanoTime();
			boolean pg = url.startsWith("jdbc:postgresql:");
			String user = pg ? System.getenv().getOrDefault("PGUSER", "postgres") : "sa";
			String password = pg ? System.getenv().getOrDefault("PGPASSWORD", "") : "";
			try (Connection db = DriverManager.getConnection(url, user, password)) {
				db.setAutoCommit(false);
				long rows = seed(db, pg, cases, orgs, perOrg, providers, creatorKeys, passphraseWrap, envelopes, grants);
				long s1 = System.nanoTime();
				try (Statement st = db.createStatement()) {
					if (pg) {
						db.setAutoCommit(true);
						st.execute("vacuum analyze");
					}
					else {
						st.execute("analyze");
						db.commit();
					}
				}
				long s2 = System.nanoTime();
				System.out.printf(Locale.ROOT, "%s: inserted %,d rows in %.1f s (%.0f rows/s), %s in %.1f s%n",
						pg ? "PostgreSQL" : "H2", rows, (s1 - s0) / 1e9, rows / ((s1 - s0) / 1e9),
						pg ? "vacuum analyze" : "analyze", (s2 - s1) / 1e9);
			}
		}
	}

	static byte[] bytes(DataInputStream in) throws IOException {
		byte[] b = new byte[in.readInt()];
		in.readFully(b);
		return b;
	}

	static void bytes(DataOutputStream out, byte[] b) throws IOException {
		out.writeInt(b.length);
		out.write(b);
	}

	record Creator(UUID id, Identity identity, byte[] publicKeys, String fingerprint, byte[] privateKeysSealed) {
	}

	/** Ids: kind in the high half, index in the low one. 1 org, 2 requester, 3 provider, 4 case, 5.. rows. */
	static UUID uuid(int kind, long index) {
		return new UUID(0x00000000_BE4C_4000L | ((long) kind << 32), 0x8000_0000_0000_0000L | index);
	}

	/** Everything about case i that does not depend on the database. */
	static final class CaseData {

		UUID id;

		int org;

		int creator; // index of the bulk requester

		int provider = -1; // index among all providers, -1 none

		String status;

		String type;

		String name;

		int specialty;

		Instant created;

		Instant lastActivity;

		int collaboratorOffset; // a second requester of the same organization on about a third of the cases

	}

	static CaseData caseData(int i, int orgs, int perOrg, int providers) {
		SplittableRandom rnd = new SplittableRandom(0x5EED_0000L + i);
		CaseData c = new CaseData();
		c.id = uuid(4, i);
		c.org = i % orgs;
		c.creator = c.org * perOrg + rnd.nextInt(perOrg);
		c.collaboratorOffset = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(Math.max(1, perOrg - 1)) : 0;
		int w = rnd.nextInt(100), s = 0;
		for (int acc = WEIGHTS[0]; w >= acc; acc += WEIGHTS[++s]) {
		}
		c.status = STATUSES[s];
		c.type = rnd.nextInt(10) < 6 ? "SECOND_OPINION" : "EXPERT_ENGAGEMENT";
		c.specialty = rnd.nextInt(1000);
		boolean hasProvider = !c.status.equals("REJECTED") && !(c.status.equals("NEW") && rnd.nextBoolean());
		if (hasProvider) {
			c.provider = (int) ((i * 7919L + rnd.nextInt(3)) % providers);
		}
		String surname = SURNAMES[rnd.nextInt(SURNAMES.length)];
		c.name = switch (rnd.nextInt(5)) {
			case 0, 1 -> surname + " v. " + HOSPITALS[rnd.nextInt(HOSPITALS.length)] + " " + (10000 + rnd.nextInt(90000));
			case 2 -> "Second opinion " + (1 + rnd.nextInt(999));
			case 3 -> "Record review – " + surname + " " + (100 + rnd.nextInt(900));
			default -> SURNAMES[rnd.nextInt(SURNAMES.length)] + " claim " + surname + "/" + (1990 + rnd.nextInt(36));
		};
		long age = rnd.nextLong(TWO_YEARS);
		c.created = NOW.minusSeconds(age);
		// Active cases moved recently, closed ones longer ago.
		double f = c.status.equals("DONE") || c.status.equals("ARCHIVED") ? rnd.nextDouble(0.2, 0.9) : rnd.nextDouble(0.6, 1.0);
		c.lastActivity = c.created.plusSeconds((long) (age * f));
		return c;
	}

	static byte[] clinicalJson(int i, CaseData c) {
		String json = String.format(Locale.ROOT, "{\"clinicalQuestion\":\"Was the standard of care met in case %d? "
				+ "Please review the imaging and the operative notes and say whether the delay in diagnosis changed "
				+ "the outcome.\",\"clinicalSummary\":\"%s, admitted %s with chest pain; troponin rising; "
				+ "discharged after 3 days; readmitted with an inferior MI.\",\"patient\":{\"reference\":\"P-%06d\","
				+ "\"fullName\":\"%s %s\",\"dateOfBirth\":\"19%02d-0%d-1%d\",\"sex\":\"%s\",\"identifiers\":[{\"kind\":"
				+ "\"MRN\",\"value\":\"%08d\"}],\"contact\":\"+1 555 %04d\"}}", i, c.name, c.created.toString().substring(0, 10),
				i, FIRST[i % FIRST.length], SURNAMES[i % SURNAMES.length], 40 + i % 60, 1 + i % 9, i % 10,
				i % 2 == 0 ? "F" : "M", i * 37 % 100000000, i % 10000);
		return json.getBytes(StandardCharsets.UTF_8);
	}

	// ---- one database ---------------------------------------------------------------------------------

	static long seed(Connection db, boolean pg, int cases, int orgs, int perOrg, int providers, Creator[] creatorKeys,
			byte[] passphraseWrap, byte[][] envelopes, byte[][] grants) throws SQLException {
		UUID admin = one(db, "select id from account where role = 'ADMIN' order by created_at");
		UUID benchOrg = one(db, "select id from organization where name = 'Bench & Partners'");
		String passwordHash = one(db, "select password_hash from account where email like 'bench-requester-%' order by email");
		List<UUID> loadRequesters = list(db, "select id from account where email like 'bench-requester-%' order by email");
		List<UUID> loadProviders = list(db, "select id from account where email like 'bench-provider-%' order by email");
		List<UUID> specialties = list(db, "select id from specialty order by name");
		if (admin == null || benchOrg == null || loadRequesters.isEmpty() || specialties.isEmpty()) {
			throw new IllegalStateException("run CaseListLoad --phase setup first (admin, organization, requesters, specialties)");
		}
		long rows = 0;
		OffsetDateTime createdAt = ts(NOW.minusSeconds(TWO_YEARS + 86400 * 30));

		// Organizations: 0 is the API's "Bench & Partners", the rest are inserted.
		UUID[] orgIds = new UUID[orgs];
		orgIds[0] = benchOrg;
		String[] kinds = { "LAW_FIRM", "LAW_FIRM", "HOSPITAL", "CLINIC", "INSURER" };
		try (PreparedStatement ps = db.prepareStatement("insert into organization (id, name, kind, address, phone, website, "
				+ "active, created_at, version) values (?, ?, ?, ?, ?, ?, true, ?, 0)")) {
			for (int o = 1; o < orgs; o++) {
				orgIds[o] = uuid(1, o);
				ps.setObject(1, orgIds[o]);
				ps.setString(2, SURNAMES[o % SURNAMES.length] + " " + SURNAMES[(o * 7) % SURNAMES.length] + " "
						+ ORG_WORDS[o % ORG_WORDS.length] + " " + o);
				ps.setString(3, kinds[o % kinds.length]);
				ps.setString(4, o + " Main Street, Springfield");
				ps.setString(5, "+1 555 01" + String.format("%02d", o % 100));
				ps.setString(6, "https://org" + o + ".example.com");
				ps.setObject(7, createdAt);
				ps.addBatch();
			}
			rows += flush(ps, db);
		}

		// Requesters (the creators) with their published keys; providers.
		try (PreparedStatement acc = db.prepareStatement(ACCOUNT);
				PreparedStatement keys = db.prepareStatement("insert into account_keys (account_id, public_keys, fingerprint, "
						+ "private_keys_sealed, passphrase_wrap_sealed, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)");
				PreparedStatement hist = db.prepareStatement("insert into account_key_history (account_id, fingerprint, "
						+ "public_keys, created_at, reason) values (?, ?, ?, ?, 'SETUP')")) {
			for (int r = 0; r < creatorKeys.length; r++) {
				Creator c = creatorKeys[r];
				account(acc, c.id, String.format("requester-%04d@org%d.example.com", r, r / perOrg), passwordHash,
						"REQUESTER", orgIds[r / perOrg], r % perOrg == 0, FIRST[r % FIRST.length] + " "
								+ SURNAMES[(r / 3) % SURNAMES.length], createdAt);
				keys.setObject(1, c.id);
				keys.setBytes(2, c.publicKeys);
				keys.setString(3, c.fingerprint);
				keys.setBytes(4, c.privateKeysSealed);
				keys.setBytes(5, passphraseWrap);
				keys.setObject(6, createdAt);
				keys.setObject(7, createdAt);
				keys.addBatch();
				hist.setObject(1, c.id);
				hist.setString(2, c.fingerprint);
				hist.setBytes(3, c.publicKeys);
				hist.setObject(4, createdAt);
				hist.addBatch();
			}
			rows += flush(acc, db);
			rows += flush(keys, db);
			rows += flush(hist, db);
		}
		UUID[] providerIds = new UUID[providers];
		String[] doctorNames = new String[providers];
		try (PreparedStatement acc = db.prepareStatement(ACCOUNT);
				PreparedStatement spec = db.prepareStatement("insert into account_specialty (account_id, specialty_id) values (?, ?)")) {
			Map<UUID, String> loadNames = new HashMap<>();
			try (Statement st = db.createStatement();
					ResultSet rs = st.executeQuery("select id, full_name from account where email like 'bench-provider-%'")) {
				while (rs.next()) {
					loadNames.put(rs.getObject(1, UUID.class), rs.getString(2));
				}
			}
			for (int p = 0; p < providers; p++) {
				if (p < loadProviders.size()) {
					providerIds[p] = loadProviders.get(p);
					doctorNames[p] = loadNames.get(providerIds[p]);
				}
				else {
					providerIds[p] = uuid(3, p);
					doctorNames[p] = "Dr. " + FIRST[(p * 7) % FIRST.length] + " " + SURNAMES[p % SURNAMES.length];
					account(acc, providerIds[p], String.format("provider-%04d@example.com", p), passwordHash, "PROVIDER",
							null, false, doctorNames[p], createdAt);
				}
				spec.setObject(1, providerIds[p]);
				spec.setObject(2, specialties.get(p % specialties.size()));
				spec.addBatch();
			}
			rows += flush(acc, db);
			rows += flush(spec, db);
		}
		db.commit();

		// The cases, in batches of 1,000 cases (and all their rows), one commit per batch.
		try (PreparedStatement mc = db.prepareStatement("insert into medical_case (id, reference, name, engagement_type, "
				+ "status, requester_org_id, created_by, provider_id, doctor_name, archived_from, description, specialty_id, "
				+ "urgency, due_date, patient_id, expert_service, matter_reference, created_at, last_activity_at, version) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?)");
				PreparedStatement member = db.prepareStatement("insert into case_member (case_id, account_id, side, role, "
						+ "added_by, added_at) values (?, ?, ?, ?, ?, ?)");
				PreparedStatement transition = db.prepareStatement("insert into case_transition (id, case_id, action, "
						+ "from_status, to_status, actor_id, provider_id, reason, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement activity = db.prepareStatement("insert into case_activity (id, case_id, actor_id, action, "
						+ "detail, visible_to, at) values (?, ?, ?, ?, ?, null, ?)");
				PreparedStatement generation = db.prepareStatement("insert into case_key_generation (case_id, scope, "
						+ "generation, created_by, created_at) values (?, 1, 1, ?, ?)");
				PreparedStatement grant = db.prepareStatement("insert into case_key_grant (case_id, scope, generation, "
						+ "recipient_id, recipient_fingerprint, granter_id, grant_sealed, created_at) values (?, 1, 1, ?, ?, ?, ?, ?)");
				PreparedStatement clinical = db.prepareStatement("insert into case_clinical (case_id, body_sealed, generation, "
						+ "updated_by, updated_at, version) values (?, ?, 1, ?, ?, 1)")) {
			PreparedStatement[] all = { mc, member, transition, activity, generation, grant, clinical };
			long rowId = 0;
			String[] urgencies = { "ROUTINE", "ROUTINE", "ROUTINE", "URGENT", "EMERGENT" };
			// Not INDEPENDENT_MEDICAL_EXAMINATION: 31 characters, the column (V7) holds 30 (reported; the API cannot store it either).
			String[] services = { "EXPERT_WITNESS", "RECORD_REVIEW", "CONSULTATION", "OTHER" };
			for (int i = 0; i < cases; i++) {
				CaseData c = caseData(i, orgs, perOrg, providers);
				Creator creator = creatorKeys[c.creator];
				UUID providerId = c.provider < 0 ? null : providerIds[c.provider];
				boolean secondOpinion = c.type.equals("SECOND_OPINION");
				int k = 0;
				mc.setObject(++k, c.id);
				mc.setString(++k, String.format("C-%06d", i + 1));
				mc.setString(++k, c.name);
				mc.setString(++k, c.type);
				mc.setString(++k, c.status);
				mc.setObject(++k, orgIds[c.org]);
				mc.setObject(++k, creator.id);
				mc.setObject(++k, providerId);
				mc.setString(++k, providerId == null ? "" : doctorNames[c.provider]);
				mc.setString(++k, c.status.equals("ARCHIVED") ? "DONE" : null);
				mc.setString(++k, "Bench case " + (i + 1) + ": " + c.name + ". Records attached; see the clinical details.");
				mc.setObject(++k, specialties.get(c.specialty % specialties.size()));
				mc.setString(++k, secondOpinion ? urgencies[i % urgencies.length] : null);
				mc.setObject(++k, LocalDate.ofInstant(c.created, ZoneOffset.UTC).plusDays(30 + i % 60));
				mc.setString(++k, secondOpinion ? null : services[i % services.length]);
				mc.setString(++k, secondOpinion ? null : "M-" + (2024 + i % 3) + "-" + (i % 9000 + 1000));
				mc.setObject(++k, ts(c.created));
				mc.setObject(++k, ts(c.lastActivity));
				mc.setInt(++k, 1);
				mc.addBatch();

				// Members: the creator, sometimes a colleague, the provider; the load's requesters on all of
				// their organization's cases.
				addMember(member, c.id, creator.id, "REQUESTER", "CREATOR", null, c.created);
				if (c.collaboratorOffset > 0) {
					int colleague = c.org * perOrg + (c.creator - c.org * perOrg + c.collaboratorOffset) % perOrg;
					addMember(member, c.id, creatorKeys[colleague].id, "REQUESTER", "COLLABORATOR", creator.id,
							c.created.plusSeconds(600));
				}
				if (c.org == 0) {
					for (UUID r : loadRequesters) {
						addMember(member, c.id, r, "REQUESTER", "COLLABORATOR", creator.id, c.created.plusSeconds(900));
					}
				}
				if (providerId != null) {
					addMember(member, c.id, providerId, "PROVIDER", "PROVIDER", admin, c.created.plusSeconds(3600));
				}

				// The lifecycle up to the status, evenly between created and last activity.
				List<String[]> path = path(c.status, providerId != null);
				long span = Math.max(1, c.lastActivity.getEpochSecond() - c.created.getEpochSecond());
				activity.setObject(1, uuid(6, rowId++));
				activity.setObject(2, c.id);
				activity.setObject(3, creator.id);
				activity.setString(4, "case.created");
				activity.setString(5, c.name);
				activity.setObject(6, ts(c.created));
				activity.addBatch();
				UUID rejecter = c.status.equals("REJECTED") ? providerIds[(int) ((i * 31L) % providers)] : null;
				for (int t = 0; t < path.size(); t++) {
					String[] step = path.get(t); // action, from, to, actor kind
					Instant at = c.created.plusSeconds(span * (t + 1) / path.size());
					UUID actor = switch (step[3]) {
						case "admin" -> admin;
						case "provider" -> providerId != null ? providerId : rejecter;
						default -> creator.id;
					};
					UUID named = step[0].equals("ASSIGN") || step[0].equals("REJECT") ? (providerId != null ? providerId : rejecter) : null;
					transition.setObject(1, uuid(5, rowId++));
					transition.setObject(2, c.id);
					transition.setString(3, step[0]);
					transition.setString(4, step[1]);
					transition.setString(5, step[2]);
					transition.setObject(6, actor);
					transition.setObject(7, named);
					transition.setString(8, step[0].equals("REJECT") ? "Outside my field." : step[0].equals("RETURN")
							? "Please send the imaging report." : null);
					transition.setObject(9, ts(at));
					transition.addBatch();
					activity.setObject(1, uuid(6, rowId++));
					activity.setObject(2, c.id);
					activity.setObject(3, actor);
					activity.setString(4, "case." + step[4]);
					activity.setString(5, null);
					activity.setObject(6, ts(at));
					activity.addBatch();
				}
				Instant clinicalAt = c.created.plusSeconds(300);
				activity.setObject(1, uuid(6, rowId++));
				activity.setObject(2, c.id);
				activity.setObject(3, creator.id);
				activity.setString(4, "clinical.updated");
				activity.setString(5, null);
				activity.setObject(6, ts(clinicalAt));
				activity.addBatch();

				generation.setObject(1, c.id);
				generation.setObject(2, creator.id);
				generation.setObject(3, ts(c.created));
				generation.addBatch();
				grant.setObject(1, c.id);
				grant.setObject(2, creator.id);
				grant.setString(3, creator.fingerprint);
				grant.setObject(4, creator.id);
				grant.setBytes(5, grants[i]);
				grant.setObject(6, ts(c.created));
				grant.addBatch();
				clinical.setObject(1, c.id);
				clinical.setBytes(2, envelopes[i]);
				clinical.setObject(3, creator.id);
				clinical.setObject(4, ts(clinicalAt));
				clinical.addBatch();

				if ((i + 1) % 1000 == 0 || i == cases - 1) {
					for (PreparedStatement ps : all) {
						rows += flush(ps, null);
					}
					db.commit();
					if ((i + 1) % 20000 == 0) {
						System.out.printf("  %d cases inserted%n", i + 1);
					}
				}
			}
		}
		try (Statement st = db.createStatement()) {
			st.execute(pg ? "select setval('case_reference_seq', " + cases + ")"
					: "alter sequence case_reference_seq restart with " + (cases + 1));
		}
		db.commit();
		return rows;
	}

	static final String ACCOUNT = "insert into account (id, email, password_hash, role, organization_id, organization_owner, "
			+ "status, full_name, profile_completed_at, organization_completed_at, encryption_completed_at, totp_enabled, "
			+ "created_at, version) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, false, ?, 0)";

	static void account(PreparedStatement ps, UUID id, String email, String hash, String role, UUID org, boolean owner,
			String name, OffsetDateTime at) throws SQLException {
		ps.setObject(1, id);
		ps.setString(2, email);
		ps.setString(3, hash);
		ps.setString(4, role);
		ps.setObject(5, org);
		ps.setBoolean(6, owner);
		ps.setString(7, name);
		ps.setObject(8, at);
		ps.setObject(9, at);
		ps.setObject(10, role.equals("REQUESTER") ? at : null);
		ps.setObject(11, at);
		ps.addBatch();
	}

	static void addMember(PreparedStatement ps, UUID caseId, UUID account, String side, String role, UUID by, Instant at)
			throws SQLException {
		ps.setObject(1, caseId);
		ps.setObject(2, account);
		ps.setString(3, side);
		ps.setString(4, role);
		ps.setObject(5, by);
		ps.setObject(6, ts(at));
		ps.addBatch();
	}

	/** The transitions from New to the status: action, from, to, who (admin, provider, requester), activity verb. */
	static List<String[]> path(String status, boolean provider) {
		String[][] full = { { "ASSIGN", "NEW", "ASSIGNED", "admin", "assigned" },
				{ "ACCEPT", "ASSIGNED", "ACCEPTED", "provider", "accepted" },
				{ "START", "ACCEPTED", "IN_PROGRESS", "provider", "started" } };
		List<String[]> p = new ArrayList<>();
		switch (status) {
			case "NEW" -> {
			}
			case "ASSIGNED" -> p.add(full[0]);
			case "ACCEPTED" -> p.addAll(List.of(full[0], full[1]));
			case "REJECTED" -> {
				p.add(full[0]);
				p.add(new String[] { "REJECT", "ASSIGNED", "REJECTED", "provider", "rejected" });
			}
			case "IN_PROGRESS" -> p.addAll(List.of(full));
			case "RETURNED" -> {
				p.addAll(List.of(full));
				p.add(new String[] { "RETURN", "IN_PROGRESS", "RETURNED", "provider", "returned" });
			}
			case "DONE", "ARCHIVED" -> {
				p.addAll(List.of(full));
				p.add(new String[] { "COMPLETE", "IN_PROGRESS", "DONE", "provider", "completed" });
				if (status.equals("ARCHIVED")) {
					p.add(new String[] { "ARCHIVE", "DONE", "ARCHIVED", "requester", "archived" });
				}
			}
			default -> throw new IllegalStateException(status);
		}
		return p;
	}

	static int flush(PreparedStatement ps, Connection db) throws SQLException {
		int n = 0;
		for (int r : ps.executeBatch()) {
			n += r < 0 ? 1 : r; // SUCCESS_NO_INFO counts one
		}
		return n;
	}

	static OffsetDateTime ts(Instant i) {
		return i.atOffset(ZoneOffset.UTC);
	}

	@SuppressWarnings("unchecked")
	static <T> T one(Connection db, String sql) throws SQLException {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			return rs.next() ? (T) rs.getObject(1) : null;
		}
	}

	static List<UUID> list(Connection db, String sql) throws SQLException {
		List<UUID> l = new ArrayList<>();
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				l.add(rs.getObject(1, UUID.class));
			}
		}
		return l;
	}

}
