package app.consilium.documents;

import static app.consilium.documents.EncryptedDocument.digestOf;
import static app.consilium.documents.EncryptedDocument.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.consilium.crypto.AssociatedData;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.ContentEnvelope;
import app.consilium.crypto.DocumentKey;
import app.consilium.crypto.DocumentStream;
import app.consilium.documents.storage.BlobStore;
import app.consilium.platform.ProblemException;
import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.MutableClock;
import app.consilium.testing.People;
import app.consilium.testing.SecretScanner;

/**
 * The upload protocol at the API, with the browser's part done by the Java crypto module: a document
 * goes up in chunks, resumes, is committed and read back by the other side byte for byte; every kind of
 * bad chunk is refused without storing anything; a damaged stored chunk fails the download.
 */
@IntegrationTest
class DocumentsIT {

	/** Where the blob store keeps bytes at rest. */
	protected Path storage() {
		return blobFolder;
	}

	/** Flips a bit in the second chunk of this case's only document, as a failing disk would. */
	protected void damageSecondChunk() throws IOException {
		try (var files = Files.walk(storage().resolve("objects/cases/" + caseId))) {
			flip(files.filter(f -> f.getFileName().toString().startsWith("00000001-")).findFirst().orElseThrow(), 100);
		}
	}

	/**
	 * The files holding bytes in the store now (other tests of this class share it). S3Proxy's multipart
	 * emulation leaves empty markers behind, which hold nothing.
	 */
	private Set<Path> storedFiles() throws IOException {
		try (var files = Files.walk(storage())) {
			return files.filter(Files::isRegularFile).filter(f -> size(f) > 0).collect(Collectors.toSet());
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void flip(Path file, int at) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		bytes[at] ^= 1;
		Files.write(file, bytes);
	}

	private static final int CHUNK = EncryptedDocument.CHUNK;

	private static final String NAME = "Discharge summary Jane Roe.txt";

	private static final String MARKER = "Jane Roe, born 1961-04-02, MRN 4471-2290. ";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	DocumentHousekeeping housekeeping;

	@Autowired
	MutableClock clock;

	@Autowired
	UploadRepository uploadRepository;

	@Autowired
	Uploads uploads;

	@Autowired
	BlobStore store;

	@Autowired
	DocumentRepository documentRepository;

	@Value("${consilium.blobs.folder}")
	Path blobFolder;

	People people;

	SharedCase shared;

	People.Member requester;

	People.Member provider;

	String caseId;

	CaseKey caseKey;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@BeforeEach
	void setUp() {
		people = new People(port);
		shared = SharedCase.open(people, "Roe v. Mercy Hospital");
		requester = shared.requester();
		provider = shared.provider();
		caseId = shared.id();
		caseKey = shared.key();
	}

	@Test
	@DisplayName("a document uploads in chunks, resumes after an interruption and reads back byte for byte")
	void uploadResumeAndDownload() throws Exception {
		byte[] plaintext = text(2 * CHUNK + 12_345);
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, plaintext);
		var begun = begin(requester.api(), upload, null);
		assertThat(begun.status()).as(begun.raw()).isEqualTo(201);
		assertThat(begun.body().path("chunks").asInt()).isEqualTo(3);

		assertThat(sendChunk(requester.api(), upload, 0).status()).isEqualTo(200);
		// The page was reloaded: the browser asks where the upload stands and goes on from there.
		var mine = requester.api().get("/api/cases/" + caseId + "/uploads").body().get(0);
		assertThat(mine.path("received").asInt()).isEqualTo(1);
		assertThat(Base64Url.decode(mine.path("header").asString())).isEqualTo(upload.chunk(0, 40));
		assertThat(provider.api().get("/api/cases/" + caseId + "/uploads").body().size())
			.as("an upload is its uploader's alone").isZero();
		assertThat(sendChunk(requester.api(), upload, 0).status()).as("a retried chunk with the same bytes").isEqualTo(200);
		assertThat(provider.api().get("/api/cases/" + caseId + "/documents").body().size())
			.as("no document before the commit").isZero();
		assertThat(sendChunk(requester.api(), upload, 1).status()).isEqualTo(200);
		assertThat(sendChunk(requester.api(), upload, 2).body().path("received").asInt()).isEqualTo(3);
		var committed = requester.api().post(path(upload, "/commit"), null);
		assertThat(committed.status()).as(committed.raw()).isEqualTo(201);

		var listed = provider.api().get("/api/cases/" + caseId + "/documents").body().get(0);
		assertThat(listed.path("category").asString()).isEqualTo("MEDICAL_RECORDS");
		assertThat(listed.path("current").path("size").asLong()).isEqualTo(plaintext.length);
		assertThat(listed.path("current").path("uploadedBy").asString()).isEqualTo(requester.id());
		byte[] name = ContentEnvelope.open(caseKey, new AssociatedData("document-metadata", upload.id().toString()),
				Base64Url.decode(listed.path("current").path("metadata").asString()));
		assertThat(new String(name, StandardCharsets.UTF_8)).contains(NAME);

		var content = provider.api().getBytes(contentPath(listed));
		assertThat(content.statusCode()).isEqualTo(200);
		DocumentKey key = DocumentKey.unwrap(caseKey, upload.id().toString(),
				Base64Url.decode(listed.path("current").path("key").asString()));
		var decrypted = new ByteArrayOutputStream();
		DocumentStream.decrypt(key, new ByteArrayInputStream(content.body()), decrypted);
		assertThat(sha256(decrypted.toByteArray())).isEqualTo(sha256(plaintext));
		assertThat(requester.api().get("/api/cases/" + caseId + "/uploads").body().size()).as("the upload is gone")
			.isZero();

		new SecretScanner().secret("file name", NAME).secret("content", MARKER.strip())
			.assertNoneIn(List.of("-"), dataSource);
		new SecretScanner().secret("file name", NAME).secret("content", MARKER.strip()).assertNoneInFiles(storage());
	}

	@Test
	@DisplayName("bad chunks are refused with a problem and nothing of them is stored")
	void badChunks() {
		byte[] plaintext = text(CHUNK + 1000);
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, plaintext);
		assertThat(begin(requester.api(), upload, null).status()).isEqualTo(201);
		Api api = requester.api();

		var beyond = api.putBytes(path(upload, "/chunks/2"), new byte[10], digestOf(new byte[10]));
		assertThat(beyond.status()).isEqualTo(400);
		assertThat(beyond.text("type")).endsWith("/chunk-out-of-range");

		byte[] tooLong = Arrays.copyOf(upload.chunk(0, CHUNK), CHUNK + 1);
		assertThat(api.putBytes(path(upload, "/chunks/0"), tooLong, digestOf(tooLong)).text("type"))
			.endsWith("/chunk-size");

		byte[] tampered = upload.chunk(0, CHUNK);
		tampered[CHUNK / 2] ^= 1;
		var damaged = api.putBytes(path(upload, "/chunks/0"), tampered, digestOf(upload.chunk(0, CHUNK)));
		assertThat(damaged.status()).isEqualTo(400);
		assertThat(damaged.text("type")).endsWith("/chunk-digest-mismatch");

		assertThat(api.putBytes(path(upload, "/chunks/0"), upload.chunk(0, CHUNK), Map.of()).text("type"))
			.endsWith("/content-digest-required");

		var early = api.post(path(upload, "/commit"), null);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.text("type")).endsWith("/upload-incomplete");
		assertThat(early.text("detail")).startsWith("0 of 2 chunks are stored");

		assertThat(sendChunk(api, upload, 0).status()).isEqualTo(200);
		var replaced = api.putBytes(path(upload, "/chunks/0"), tampered, digestOf(tampered));
		assertThat(replaced.status()).as("a stored chunk cannot be replaced by other bytes").isEqualTo(409);
		assertThat(replaced.text("type")).endsWith("/chunk-already-stored");

		assertThat(sendChunk(api, upload, 1).status()).isEqualTo(200);
		assertThat(api.post(path(upload, "/commit"), null).status()).isEqualTo(201);
		var content = provider.api().getBytes(contentPath(provider.api().get("/api/cases/" + caseId + "/documents")
			.body().get(0)));
		assertThat(content.body()).as("what was refused never reached the document").isEqualTo(upload.ciphertext());
	}

	@Test
	@DisplayName("chunks may arrive a few at a time and out of step, but not further ahead than the window")
	void chunksInFlight() throws Exception {
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, text(5 * CHUNK + 777));
		assertThat(begin(requester.api(), upload, null).body().path("window").asInt()).isEqualTo(4);
		Api api = requester.api();

		assertThat(sendChunk(api, upload, 3).body().path("received").asInt()).as("3 waits for 0, 1 and 2").isZero();
		assertThat(sendChunk(api, upload, 1).body().path("received").asInt()).isZero();
		var tooEarly = sendChunk(api, upload, 4);
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.text("type")).endsWith("/chunk-out-of-order");
		assertThat(tooEarly.text("detail")).contains("chunk 0 is missing").contains("from chunk 0");
		var early = api.post(path(upload, "/commit"), null);
		assertThat(early.text("detail")).isEqualTo(
				"2 of 6 chunks are stored; send chunk 0 and the rest before committing.");
		assertThat(api.get("/api/cases/" + caseId + "/uploads").body().get(0).path("received").asInt())
			.as("a resumed upload starts at the first missing chunk").isZero();

		assertThat(sendChunk(api, upload, 0).body().path("received").asInt()).as("0, then 1 was there").isEqualTo(2);
		assertThat(sendChunk(api, upload, 3).body().path("received").asInt()).as("a repeat of an early chunk")
			.isEqualTo(2);
		// The rest from two threads at once, as the browser sends them: the upload's row lock records them in turn.
		var executor = Executors.newFixedThreadPool(2);
		try {
			var answers = executor.invokeAll(Stream.of(2, 4, 5)
				.map(n -> (Callable<Integer>) () -> sendChunk(api, upload, n).status())
				.toList());
			for (var answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			executor.shutdown();
		}
		assertThat(api.get("/api/cases/" + caseId + "/uploads").body().get(0).path("received").asInt()).isEqualTo(6);
		assertThat(api.post(path(upload, "/commit"), null).status()).isEqualTo(201);
		var content = provider.api().getBytes(contentPath(provider.api().get("/api/cases/" + caseId + "/documents")
			.body().get(0)));
		assertThat(content.body()).as("the chunks, whatever order they came in, in their places")
			.isEqualTo(upload.ciphertext());
	}

	@Test
	@DisplayName("declarations that cannot be a document, or too large, or on another case, are refused")
	void badDeclarations() {
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, text(1000));
		Map<String, Object> body = upload.declaration(null);
		body.put("size", 20);
		assertThat(requester.api().post("/api/cases/" + caseId + "/uploads", body).text("type"))
			.endsWith("/not-a-document-stream");

		body = upload.declaration(null);
		body.put("size", 11L * 1024 * 1024 * 1024);
		var tooLarge = requester.api().post("/api/cases/" + caseId + "/uploads", body);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.text("detail")).contains("at most");

		for (String header : List.of("AAAA=", "!!", "+/+/")) {
			body = upload.declaration(null);
			body.put("header", header);
			var badHeader = requester.api().post("/api/cases/" + caseId + "/uploads", body);
			assertThat(badHeader.status()).as(header).isEqualTo(400);
			assertThat(badHeader.body().path("errors").get(0).path("field").asString()).isEqualTo("header");
		}

		Api admin = people.admin();
		String other = people.organization(admin, "HOSPITAL");
		People.Member outsider = people.requester(admin, other, true);
		people.onboard(admin, outsider, "Outsider-passphrase-3!");
		var outsiders = begin(outsider.api(), upload, null);
		assertThat(outsiders.status()).as("an upload to someone else's case").isEqualTo(404);
		assertThat(outsiders.header("Content-Type")).startsWith("application/problem+json");
		assertThat(outsiders.text("type")).endsWith("/not-found");
		assertThat(outsiders.text("detail")).isEqualTo("The case was not found.");
		assertThat(requester.api().get("/api/cases/" + caseId + "/uploads").body().size()).isZero();

		assertThat(begin(requester.api(), upload, null).status()).isEqualTo(201);
		assertThat(outsider.api().putBytes(path(upload, "/chunks/0"), upload.chunk(0, upload.ciphertext().length),
				digestOf(upload.chunk(0, upload.ciphertext().length))).status()).isEqualTo(404);
		assertThat(provider.api().putBytes(path(upload, "/chunks/0"), upload.chunk(0, upload.ciphertext().length),
				digestOf(upload.chunk(0, upload.ciphertext().length))).status())
			.as("another member of the case cannot write into my upload").isEqualTo(404);
		assertThat(begin(requester.api(), upload, null).status()).as("the same id twice").isEqualTo(409);
	}

	@Test
	@DisplayName("a case's documents and uploads cannot be reached through another case, even by a member of both")
	void otherCasesAreUntouched() throws IOException {
		var first = EncryptedDocument.of(caseId, caseKey, NAME, text(1000));
		upload(requester.api(), first, null);
		UUID documentId = UUID.fromString(
				requester.api().get("/api/cases/" + caseId + "/documents").body().get(0).path("id").asString());
		SharedCase other = shared.another("Roe v. County Clinic");
		String otherCase = other.id();
		CaseKey otherKey = other.key();

		var version = EncryptedDocument.of(otherCase, otherKey, NAME, text(500));
		var declared = requester.api().post("/api/cases/" + otherCase + "/uploads", version.declaration(documentId));
		assertThat(declared.status()).as("a new version of the other case's document").isEqualTo(404);
		assertThat(declared.text("detail")).contains("document");

		var pending = EncryptedDocument.of(caseId, caseKey, NAME, text(CHUNK + 10));
		assertThat(begin(requester.api(), pending, null).status()).isEqualTo(201);
		assertThat(sendChunk(requester.api(), pending, 0).status()).isEqualTo(200);
		Set<Path> stored = storedFiles();
		String elsewhere = "/api/cases/" + otherCase + "/uploads/" + pending.id();
		byte[] last = pending.chunk(CHUNK, pending.ciphertext().length);
		assertThat(requester.api().putBytes(elsewhere + "/chunks/1", last, digestOf(last)).status()).isEqualTo(404);
		assertThat(requester.api().post(elsewhere + "/commit", null).status()).isEqualTo(404);
		assertThat(requester.api().delete(elsewhere).status()).isEqualTo(404);
		assertThat(requester.api().get("/api/cases/" + otherCase + "/uploads").body().size()).isZero();
		assertThat(requester.api().get("/api/cases/" + otherCase + "/documents").body().size()).isZero();

		assertThat(requester.api().get("/api/cases/" + caseId + "/uploads").body().path(0).path("received").asInt())
			.as("the upload is as it was, in its own case").isEqualTo(1);
		assertThat(storedFiles()).as("the refused chunk stored nothing").isEqualTo(stored);
		assertThat(sendChunk(requester.api(), pending, 1).status()).isEqualTo(200);
		assertThat(requester.api().post(path(pending, "/commit"), null).status()).isEqualTo(201);
		var documents = requester.api().get("/api/cases/" + caseId + "/documents").body();
		assertThat(documents.size()).isEqualTo(2);
		assertThat(documents.valueStream()
			.filter(d -> d.path("id").asString().equals(documentId.toString()))
			.findFirst()
			.orElseThrow()
			.path("versions")
			.asInt()).as("the first document has its one version").isEqualTo(1);
	}

	@Test
	@DisplayName("a stored chunk that was damaged makes the download fail")
	void damagedChunkFailsTheDownload() throws IOException {
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, text(CHUNK + 5000));
		upload(requester.api(), upload, null);
		damageSecondChunk();
		var document = provider.api().get("/api/cases/" + caseId + "/documents").body().get(0);
		boolean completed;
		try {
			var content = provider.api().getBytes(contentPath(document));
			completed = content.statusCode() == 200 && content.body().length == upload.ciphertext().length;
		}
		catch (UncheckedIOException ex) {
			completed = false;
		}
		assertThat(completed).as("the download stops before the damaged chunk ends").isFalse();
	}

	@Test
	@DisplayName("new versions keep the history; the uploader deletes and restores, others may not")
	void versionsAndDeletion() {
		var first = EncryptedDocument.of(caseId, caseKey, NAME, text(3000));
		upload(requester.api(), first, null);
		var second = EncryptedDocument.of(caseId, caseKey, NAME, text(4000));
		upload(provider.api(), second, first.id());
		var document = requester.api().get("/api/cases/" + caseId + "/documents/" + first.id());
		assertThat(document.body().path("versions").asInt()).isEqualTo(2);
		assertThat(document.body().path("current").path("id").asString()).isEqualTo(second.id().toString());
		var versions = requester.api().get("/api/cases/" + caseId + "/documents/" + first.id() + "/versions").body();
		assertThat(versions.valueStream().map(v -> v.path("number").asInt()).toList()).containsExactly(2, 1);

		String etag = document.header("ETag");
		var notMine = provider.api().deleteWith("/api/cases/" + caseId + "/documents/" + first.id(), Map.of("If-Match", etag));
		assertThat(notMine.status()).isEqualTo(403);
		assertThat(requester.api().deleteWith("/api/cases/" + caseId + "/documents/" + first.id(), Map.of("If-Match", "\"7\""))
			.status()).isEqualTo(412);
		assertThat(requester.api().deleteWith("/api/cases/" + caseId + "/documents/" + first.id(), Map.of("If-Match", etag))
			.status()).isEqualTo(204);
		assertThat(provider.api().get("/api/cases/" + caseId + "/documents").body().size()).isZero();
		assertThat(provider.api().get("/api/cases/" + caseId + "/documents?deleted=true").body().size())
			.as("only the one who deleted it sees it to restore").isZero();
		var deleted = requester.api().get("/api/cases/" + caseId + "/documents?deleted=true").body().get(0);
		var restored = requester.api().postWith("/api/cases/" + caseId + "/documents/" + first.id() + "/restore", null,
				Map.of("If-Match", "\"" + deleted.path("version").asInt() + "\""));
		assertThat(restored.status()).as(restored.raw()).isEqualTo(200);
		assertThat(provider.api().get("/api/cases/" + caseId + "/documents").body().size()).isEqualTo(1);
	}

	@Test
	@DisplayName("an upload left for a day is dropped; a document deleted 30 days ago is removed for good")
	void housekeeping() throws IOException {
		Set<Path> before = storedFiles();
		var abandoned = EncryptedDocument.of(caseId, caseKey, NAME, text(CHUNK + 10));
		begin(requester.api(), abandoned, null);
		sendChunk(requester.api(), abandoned, 0);
		var kept = EncryptedDocument.of(caseId, caseKey, NAME, text(1000));
		upload(requester.api(), kept, null);
		String etag = requester.api().get("/api/cases/" + caseId + "/documents/" + kept.id()).header("ETag");
		requester.api().deleteWith("/api/cases/" + caseId + "/documents/" + kept.id(), Map.of("If-Match", etag));

		// Sessions end when the clock moves a day: from here on, look at what is stored, not through the API.
		UUID case_ = UUID.fromString(caseId);
		UUID owner = UUID.fromString(requester.id());
		clock.advance(Duration.ofHours(23));
		housekeeping.run();
		assertThat(uploadRepository.mine(case_, owner)).as("a day not yet passed").hasSize(1);
		clock.advance(Duration.ofHours(2));
		housekeeping.run();
		assertThat(uploadRepository.mine(case_, owner)).isEmpty();
		assertThat(documentRepository.of(case_, true)).as("still restorable").hasSize(1);

		clock.advance(Duration.ofDays(30));
		housekeeping.run();
		assertThat(documentRepository.of(case_, true)).isEmpty();
		assertThat(storedFiles()).as("no byte of either is left").isSubsetOf(before);
	}

	@Test
	@DisplayName("a cancelled upload leaves nothing behind")
	void cancel() throws IOException {
		Set<Path> before = storedFiles();
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, text(CHUNK + 10));
		begin(requester.api(), upload, null);
		sendChunk(requester.api(), upload, 0);
		assertThat(requester.api().delete(path(upload, "")).status()).isEqualTo(204);
		assertThat(requester.api().get("/api/cases/" + caseId + "/uploads").body().size()).isZero();
		assertThat(storedFiles()).as("no byte of the upload remains").isSubsetOf(before);
	}

	@Test
	@DisplayName("a cancel or a second commit that lost the race to the commit finds the upload gone and leaves the document whole")
	void lateCancelAndCommit() {
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, text(CHUNK + 10));
		// What a DELETE, a second commit or the clean-up read before the first commit took the upload's lock.
		Upload seen = everyChunkSent(upload);
		assertThat(requester.api().post(path(upload, "/commit"), null).status()).isEqualTo(201);

		for (Runnable late : List.<Runnable>of(() -> uploads.cancel(seen), () -> uploads.commit(seen))) {
			assertThatThrownBy(late::run).isInstanceOfSatisfying(ProblemException.class,
					p -> assertThat(p.toProblemDetail().getType().toString()).endsWith("/upload-gone"));
		}
		assertThat(requester.api().delete(path(upload, "")).status()).isEqualTo(404);
		var document = provider.api().get("/api/cases/" + caseId + "/documents").body().get(0);
		assertThat(provider.api().getBytes(contentPath(document)).body()).as("every chunk still there")
			.isEqualTo(upload.ciphertext());
	}

	@Test
	@DisplayName("a commit the store completed but the node never recorded (it stopped in between) goes through when sent again")
	void commitAfterTheStoreCompleted() {
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, text(CHUNK + 10));
		completeInTheStore(everyChunkSent(upload));

		var committed = requester.api().post(path(upload, "/commit"), null);
		assertThat(committed.status()).as(committed.raw()).isEqualTo(201);
		var document = provider.api().get("/api/cases/" + caseId + "/documents").body().get(0);
		assertThat(provider.api().getBytes(contentPath(document)).body()).isEqualTo(upload.ciphertext());
	}

	@Test
	@DisplayName("cancelling an upload the store completed but the node never recorded leaves no byte of it")
	void cancelAfterTheStoreCompleted() throws IOException {
		Set<Path> before = storedFiles();
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, text(CHUNK + 10));
		completeInTheStore(everyChunkSent(upload));

		assertThat(requester.api().delete(path(upload, "")).status()).isEqualTo(204);
		assertThat(storedFiles()).isSubsetOf(before);
	}

	/** What a commit does in the store before it records the version: as if the node stopped right after. */
	private void completeInTheStore(Upload upload) {
		store.complete(upload.blobKey(), upload.writeId(),
				uploadRepository.chunks(upload.id()).stream().map(StoredChunk::part).toList());
	}

	@Test
	@DisplayName("a deleted document can be restored for 30 days and not after, even before the hourly task removed it")
	void restoreEndsWithTheDeadline() {
		var document = EncryptedDocument.of(caseId, caseKey, NAME, text(1000));
		upload(requester.api(), document, null);
		String etag = requester.api().get("/api/cases/" + caseId + "/documents/" + document.id()).header("ETag");
		requester.api().deleteWith("/api/cases/" + caseId + "/documents/" + document.id(), Map.of("If-Match", etag));
		int version = requester.api().get("/api/cases/" + caseId + "/documents?deleted=true").body().get(0)
			.path("version").asInt();

		clock.advance(Duration.ofDays(30).plusMinutes(1));
		Api again = people.signIn(requester.email(), People.PASSWORD);
		assertThat(again.get("/api/cases/" + caseId + "/documents?deleted=true").body().size())
			.as("no longer offered to restore").isZero();
		var late = again.postWith("/api/cases/" + caseId + "/documents/" + document.id() + "/restore", null,
				Map.of("If-Match", "\"" + version + "\""));
		assertThat(late.status()).as(late.raw()).isEqualTo(404);
		assertThat(again.get("/api/cases/" + caseId + "/documents").body().size()).isZero();
		assertThat(housekeeping.removeExpiredDeletions()).as("this one at least; other tests share the database")
			.isPositive();
		assertThat(documentRepository.find(UUID.fromString(caseId), document.id())).isEmpty();
	}

	@Test
	@DisplayName("once the case is Done an upload on its way takes no more chunks and cannot be committed")
	void doneCaseTakesNoChunks() {
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, text(CHUNK + 10));
		begin(requester.api(), upload, null);
		sendChunk(requester.api(), upload, 0);
		deliverTheFinalReport();

		var chunk = sendChunk(requester.api(), upload, 1);
		assertThat(chunk.status()).isEqualTo(409);
		assertThat(chunk.text("type")).endsWith("/case-closed");
		assertThat(requester.api().post(path(upload, "/commit"), null).text("type")).endsWith("/case-closed");
		assertThat(requester.api().delete(path(upload, "")).status()).as("it can still be cancelled").isEqualTo(204);
	}

	@Test
	@DisplayName("a store that cannot be reached answers 503 storage-unavailable, and the same upload goes up once it is back")
	void storeUnavailable() throws IOException {
		var upload = EncryptedDocument.of(caseId, caseKey, NAME, text(1000));
		Path away = storage().resolveSibling(storage().getFileName() + "-away");
		Files.move(storage(), away);
		try {
			var refused = begin(requester.api(), upload, null);
			assertThat(refused.status()).as(refused.raw()).isEqualTo(503);
			assertThat(refused.text("type")).endsWith("/storage-unavailable");
		}
		finally {
			Files.move(away, storage());
		}
		upload(requester.api(), upload, null);
	}

	/** Declares a two-chunk upload as the requester and sends both chunks: the upload as the server holds it. */
	private Upload everyChunkSent(EncryptedDocument upload) {
		begin(requester.api(), upload, null);
		sendChunk(requester.api(), upload, 0);
		sendChunk(requester.api(), upload, 1);
		return uploadRepository.find(UUID.fromString(caseId), upload.id(), UUID.fromString(requester.id())).orElseThrow();
	}

	/** The expert accepts and starts the case, then delivers its final report: the case is Done. */
	private void deliverTheFinalReport() {
		for (String action : List.of("ACCEPT", "START")) {
			int version = provider.api().get("/api/cases/" + caseId).body().path("version").asInt();
			var moved = provider.api().postWith("/api/cases/" + caseId + "/transitions", Map.of("action", action),
					People.ifMatch(version));
			assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
		}
		var report = requester.api().post("/api/cases/" + caseId + "/deliverables", Map.of("type", "EXPERT_REPORT",
				"title", "Final expert report", "dueDate", LocalDate.now().plusDays(30).toString(),
				"assigneeId", provider.id(), "finalDeliverable", true));
		assertThat(report.status()).as(report.raw()).isEqualTo(201);
		String deliverable = "/api/cases/" + caseId + "/deliverables/" + report.text("id") + "/transitions";
		assertThat(provider.api().postWith(deliverable, Map.of("action", "START"), People.ifMatch(0)).status())
			.isEqualTo(200);
		assertThat(provider.api().postWith(deliverable, Map.of("action", "DELIVER"), People.ifMatch(1)).status())
			.isEqualTo(200);
		assertThat(requester.api().get("/api/cases/" + caseId).body().path("summary").path("status").asString())
			.isEqualTo("DONE");
	}

	private void upload(Api api, EncryptedDocument upload, UUID documentId) {
		var begun = begin(api, upload, documentId);
		assertThat(begun.status()).as(begun.raw()).isEqualTo(201);
		for (int i = 0; i < begun.body().path("chunks").asInt(); i++) {
			assertThat(sendChunk(api, upload, i).status()).isEqualTo(200);
		}
		var committed = api.post(path(upload, "/commit"), null);
		assertThat(committed.status()).as(committed.raw()).isEqualTo(201);
	}

	private Api.Response begin(Api api, EncryptedDocument upload, UUID documentId) {
		return api.post("/api/cases/" + caseId + "/uploads", upload.declaration(documentId));
	}

	private Api.Response sendChunk(Api api, EncryptedDocument upload, int number) {
		byte[] chunk = upload.chunk(number);
		return api.putBytes(path(upload, "/chunks/" + number), chunk, digestOf(chunk));
	}

	private String path(EncryptedDocument upload, String rest) {
		return "/api/cases/" + caseId + "/uploads/" + upload.id() + rest;
	}

	private String contentPath(tools.jackson.databind.JsonNode document) {
		return "/api/cases/" + caseId + "/documents/" + document.path("id").asString() + "/versions/"
				+ document.path("current").path("id").asString() + "/content";
	}

	private static byte[] text(int size) {
		byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[size];
		for (int i = 0; i < size; i++) {
			out[i] = marker[i % marker.length];
		}
		return out;
	}

}
