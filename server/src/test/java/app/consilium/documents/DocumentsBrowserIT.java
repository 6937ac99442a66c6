package app.consilium.documents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import app.consilium.testing.Api;
import app.consilium.testing.BrowserTest;
import app.consilium.testing.People;
import app.consilium.testing.SecretScanner;
import app.consilium.testing.Ui;

/**
 * Documents through the UI with real encryption: the lawyer drops several files at once, an upload
 * survives a lost connection, another survives a page reload (the same file chosen again); the expert
 * previews the PDF, the image and the text in the browser and downloads the large file, whose SHA-256
 * matches the original. No file name or content reaches the server, the database or the blob store.
 */
@BrowserTest
class DocumentsBrowserIT {

	static final String MATTER = "Roe v. Lakeside Hospital";

	static final String LAWYER_PASSPHRASE = "Lawyer drafts 4 long motions!";

	static final String RECORDS = "Operative report, patient Jane Roe, MRN 4471-2290. ";

	static final String IMAGING = "DICOM export, Jane Roe, left knee, 2026-02-11. ";

	static final String LETTERS = "Clinic letters on Jane Roe's recovery after surgery. ";

	static final String DRAFT = "Draft opinion on Jane Roe's knee, not for sharing. ";

	static final String OPINION = "Second opinion on Jane Roe's knee, for counsel only. ";

	static final String SUMMARY = "Discharge summary: Jane Roe recovered without complications.";

	static final String LETTER = "Engagement letter for the review of Jane Roe's surgical records.";

	static final String DESCRIPTION = "Jane Roe, left knee after the July arthroscopy";

	static final LocatorAssertions.IsVisibleOptions UPLOADED = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Value("${consilium.blobs.folder}")
	Path blobs;

	@TempDir
	Path files;

	final List<String> sent = new CopyOnWriteArrayList<>();

	@Test
	@DisplayName("upload by drag-and-drop, survive a lost connection and a reload, preview and download on the other side")
	void documentsThroughTheUi() {
		People people = new People(port);
		Api admin = people.admin();
		String firm = people.organization(admin, "LAW_FIRM");
		People.Member lawyer = people.requester(admin, firm, true);
		People.Member expert = people.provider(admin);
		people.onboard(admin, lawyer, LAWYER_PASSPHRASE);
		people.onboard(admin, expert, "Expert reviews 8 thick files#");
		String expertName = expert.api().get("/api/session").text("fullName");

		Page lawyerPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), lawyer.email(), LAWYER_PASSPHRASE);
		Ui.fillIntakeRequest(lawyerPage, MATTER, "Expert witness", expertName);
		Path letter = TestFiles.repeated(files, "Engagement letter.txt", LETTER, LETTER.length());
		lawyerPage.getByLabel("Documents to attach").setInputFiles(letter);
		lawyerPage.getByLabel("Category of these documents").selectOption("Legal documents");
		Ui.createCase(lawyerPage, MATTER);
		String caseApi = java.net.URI.create(lawyerPage.url()).getPath().replace("/cases/", "/api/cases/");
		// The case opens on its Documents tab, where the document chosen with it arrives.
		assertThat(row(lawyerPage, "Engagement letter.txt")).containsText("Legal documents");

		Page expertPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), expert.email(), "Expert reviews 8 thick files#");
		Ui.openCase(expertPage, MATTER);
		Ui.button(expertPage, "Accept").click();
		assertThat(Ui.button(expertPage, "Start work")).isVisible();

		lawyerPage.getByLabel("Description (optional)").fill(DESCRIPTION);
		drop(lawyerPage, Map.of("Operative report.pdf", TestFiles.pdf("Consilium preview test"), "Knee scan.png",
				TestFiles.png(120, 80), "Summary.txt", SUMMARY.getBytes(StandardCharsets.UTF_8)));
		for (String name : List.of("Operative report.pdf", "Knee scan.png", "Summary.txt")) {
			assertThat(row(lawyerPage, name)).isVisible(UPLOADED);
			assertThat(row(lawyerPage, name)).containsText(DESCRIPTION);
		}

		// The connection drops while the second chunk is on its way, again at each retry until the person has
		// been told: the upload waits, retries and finishes once the connection is back.
		Path records = TestFiles.repeated(files, "Hospital records.bin", RECORDS, 20L * 1024 * 1024 + 5);
		AtomicBoolean connectionBack = new AtomicBoolean();
		AtomicInteger attempts = new AtomicInteger();
		lawyerPage.route("**/chunks/1", route -> {
			attempts.incrementAndGet();
			if (connectionBack.get()) {
				route.resume();
			}
			else {
				route.abort("connectionreset");
			}
		});
		lawyerPage.getByLabel("Files to upload").setInputFiles(records);
		assertThat(lawyerPage.getByText("Connection lost")).isVisible(UPLOADED);
		connectionBack.set(true);
		assertThat(row(lawyerPage, "Hospital records.bin")).isVisible(UPLOADED);
		assertThat(attempts.get()).isGreaterThan(1);
		lawyerPage.unrouteAll();

		// The page is reloaded mid-upload: the server keeps what arrived, choosing the file again sends the rest.
		Path imaging = TestFiles.repeated(files, "Imaging export.bin", IMAGING, 17L * 1024 * 1024);
		sendOnlyFirstChunk(lawyerPage, lawyer.api(), caseApi, imaging);
		lawyerPage.reload();
		lawyerPage.unrouteAll();
		unlock(lawyerPage);
		Ui.tab(lawyerPage, "Documents");
		Locator unfinished = lawyerPage.getByRole(AriaRole.LISTITEM,
				new Page.GetByRoleOptions().setName("Unfinished upload of Imaging export.bin"));
		assertThat(unfinished).containsText("stored");
		lawyerPage.getByLabel("File to resume Imaging export.bin").setInputFiles(imaging);
		assertThat(row(lawyerPage, "Imaging export.bin")).isVisible(UPLOADED);
		assertThat(unfinished).hasCount(0);
		assertThat(lawyer.api().get(caseApi + "/documents").body().size()).isEqualTo(6);

		// Pause stops an upload where it is and Resume finishes it; Cancel drops one and what it stored.
		Path letters = TestFiles.repeated(files, "Clinic letters.bin", LETTERS, 17L * 1024 * 1024);
		sendOnlyFirstChunk(lawyerPage, lawyer.api(), caseApi, letters);
		Locator letterUpload = upload(lawyerPage, "Clinic letters.bin");
		button(letterUpload, "Pause").click();
		assertThat(letterUpload.getByRole(AriaRole.STATUS)).containsText("Paused");
		lawyerPage.unrouteAll();
		button(letterUpload, "Resume").click();
		assertThat(row(lawyerPage, "Clinic letters.bin")).isVisible(UPLOADED);
		assertThat(letterUpload.getByRole(AriaRole.STATUS)).hasText("Uploaded");

		Path draft = TestFiles.repeated(files, "Draft opinion.bin", DRAFT, 17L * 1024 * 1024);
		sendOnlyFirstChunk(lawyerPage, lawyer.api(), caseApi, draft);
		Locator draftUpload = upload(lawyerPage, "Draft opinion.bin");
		button(draftUpload, "Cancel").click();
		assertThat(draftUpload.getByRole(AriaRole.STATUS)).hasText("Cancelled");
		lawyerPage.unrouteAll();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> lawyer.api().get(caseApi + "/uploads").body().size() == 0);
		assertThat(row(lawyerPage, "Draft opinion.bin")).hasCount(0);
		assertThat(lawyer.api().get(caseApi + "/documents").body().size()).isEqualTo(7);

		// The commit goes through but its answer is lost on the way back: Retry finds the document there, and
		// nothing is uploaded twice.
		Path opinion = TestFiles.repeated(files, "Counsel memo.bin", OPINION, 3L * 1024 * 1024);
		lawyerPage.route("**/commit", route -> {
			route.fetch();
			route.abort("connectionreset");
		});
		lawyerPage.getByLabel("Files to upload").setInputFiles(opinion);
		Locator opinionUpload = upload(lawyerPage, "Counsel memo.bin");
		assertThat(button(opinionUpload, "Retry")).isVisible(UPLOADED);
		lawyerPage.unrouteAll();
		button(opinionUpload, "Retry").click();
		assertThat(opinionUpload.getByRole(AriaRole.STATUS)).hasText("Uploaded");
		assertThat(row(lawyerPage, "Counsel memo.bin")).isVisible(UPLOADED);
		assertThat(lawyer.api().get(caseApi + "/documents").body().size()).isEqualTo(8);

		Ui.tab(expertPage, "Documents");
		assertThat(row(expertPage, "Operative report.pdf")).isVisible(Ui.KEY_SHARING);
		assertThat(row(expertPage, "Knee scan.png")).containsText(DESCRIPTION);
		Ui.button(expertPage, "Operative report.pdf").click();
		assertThat(expertPage.getByText("Page 1 of 1")).isVisible();
		assertThat(expertPage.getByTestId("pdf-page")).isVisible();
		Ui.button(expertPage, "Close").click();
		Ui.button(expertPage, "Knee scan.png").click();
		Locator image = expertPage.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Knee scan.png"));
		assertThat(image).isVisible();
		assertThat(image.evaluate("img => img.naturalWidth")).isEqualTo(120);
		Ui.button(expertPage, "Close").click();
		Ui.button(expertPage, "Summary.txt").click();
		assertThat(expertPage.getByTestId("text-preview")).hasText(SUMMARY);
		Ui.button(expertPage, "Close").click();

		Download download = expertPage.waitForDownload(() -> Ui.button(expertPage, "Download Hospital records.bin").click());
		assertThat(download.suggestedFilename()).isEqualTo("Hospital records.bin");
		assertThat(TestFiles.sha256(download.path())).isEqualTo(TestFiles.sha256(records));

		SecretScanner scanner = new SecretScanner().secret("records content", RECORDS.strip())
			.secret("letters content", LETTERS.strip())
			.secret("draft content", DRAFT.strip())
			.secret("opinion content", OPINION.strip())
			.secret("name", "Counsel memo")
			.secret("name", "Clinic letters")
			.secret("name", "Draft opinion")
			.secret("imaging content", IMAGING.strip())
			.secret("summary", SUMMARY)
			.secret("letter", LETTER)
			.secret("description", DESCRIPTION)
			.secret("name", "Engagement letter")
			.secret("name", "Hospital records")
			.secret("name", "Operative report")
			.secret("name", "Knee scan");
		scanner.assertNoneIn(sent, dataSource);
		scanner.assertNoneInFiles(blobs);
	}

	/**
	 * Chooses the file for upload with its second chunk held on the way (never answered, until the page's
	 * routes are removed): returns once the server holds the first chunk.
	 */
	private static void sendOnlyFirstChunk(Page page, Api api, String caseApi, Path file) {
		page.route("**/chunks/1", route -> {
			// held
		});
		page.getByLabel("Files to upload").setInputFiles(file);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get(caseApi + "/uploads").body().path(0).path("received").asInt() == 1);
	}

	private static Locator row(Page page, String name) {
		return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
	}

	private static void unlock(Page page) {
		page.getByLabel("Passphrase", new Page.GetByLabelOptions().setExact(true)).fill(LAWYER_PASSPHRASE);
		Ui.button(page, "Unlock").click();
		assertThat(Ui.button(page, "Lock vault")).isVisible();
	}

	/** Drops files on the drop zone as a person dragging them from the desktop would. */
	private static Locator button(Locator within, String name) {
		return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	/** This page's upload of one file, in the list of uploads under the drop zone. */
	private static Locator upload(Page page, String name) {
		return page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("Upload of " + name).setExact(true));
	}

	private static void drop(Page page, Map<String, byte[]> dropped) {
		List<Map<String, String>> list = dropped.entrySet()
			.stream()
			.map(e -> Map.of("name", e.getKey(), "data", Base64.getEncoder().encodeToString(e.getValue())))
			.toList();
		JSHandle dataTransfer = page.evaluateHandle("""
				files => {
				  const transfer = new DataTransfer();
				  const types = { pdf: 'application/pdf', png: 'image/png', txt: 'text/plain' };
				  for (const f of files) {
				    const bytes = Uint8Array.from(atob(f.data), c => c.charCodeAt(0));
				    transfer.items.add(new File([bytes], f.name, { type: types[f.name.split('.').pop()] }));
				  }
				  return transfer;
				}""", list);
		page.getByTestId("drop-zone").dispatchEvent("drop", Map.of("dataTransfer", dataTransfer));
	}

}
