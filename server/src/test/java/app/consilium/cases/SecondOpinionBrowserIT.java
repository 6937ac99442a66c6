package app.consilium.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.consilium.testing.Api;
import app.consilium.testing.BrowserTest;
import app.consilium.testing.Browsers;
import app.consilium.testing.People;
import app.consilium.testing.SecretScanner;
import app.consilium.testing.Ui;

/**
 * A medical second opinion through the UI, with real encryption: the hospital's requester creates the
 * patient inside the case form and the case with its sealed clinical details; the admin assigns it to the
 * best-ranked provider; the provider accepts, reads the clinical summary and the patient, returns it with
 * a question; the requester answers; the provider writes and submits the recommendation, which makes the
 * case Done; it is Completed for both; the requester reads the recommendation, downloads the PDF report
 * made in the browser, gives feedback and asks for a clarification, which the provider answers; the
 * requester archives the case. The patient's details, the clinical text, the recommendation and the
 * feedback reach neither the server nor its database in the clear.
 */
@BrowserTest
class SecondOpinionBrowserIT {

	static final String CASE_NAME = "Chest pain review";

	static final String PATIENT = "Maria Keller";

	static final String MRN = "MRN-552190";

	static final String QUESTION = "Is a coronary angiography indicated now?";

	static final String SUMMARY = "Exertional chest pain for six weeks; stress ECG equivocal; LDL 4.9 mmol/l.";

	static final String RETURN_REASON = "Please add the echocardiography report.";

	static final String RECOMMENDATION = "Stable angina at low risk; angiography is not indicated now.";

	static final String IMPRESSION = "Chronic coronary syndrome, CCS class II.";

	static final String ADVICE = "Start atorvastatin 40 mg; repeat the stress test if symptoms change.";

	static final String REFERENCES = "ESC 2024 guidelines on chronic coronary syndromes";

	static final String COMMENTS = "Clear reasoning, the cardiology team agrees.";

	static final String CLARIFICATION = "Should aspirin be started as well?";

	static final String ANSWER = "Yes, 100 mg daily unless she bleeds easily.";

	static final String REQUESTER_PASSPHRASE = "Hospital keeps 3 careful records!";

	static final String PROVIDER_PASSPHRASE = "Cardiologist reads 8 long ECGs?";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	final List<String> sent = new CopyOnWriteArrayList<>();

	@Test
	@DisplayName("patient and case created, assigned to the best provider, accepted, returned, answered, done, archived")
	void secondOpinionThroughTheUi() {
		People people = new People(port);
		Api admin = people.admin();
		String hospital = people.organization(admin, "HOSPITAL");
		People.Member requester = people.requester(admin, hospital, true);
		people.onboard(admin, requester, REQUESTER_PASSPHRASE);
		String specialtyName = "Cardiology " + System.nanoTime();
		String cardiology = people.specialty(admin, specialtyName);
		People.Member cardiologist = people.provider(admin);
		people.onboard(admin, cardiologist, PROVIDER_PASSPHRASE, cardiology);
		People.Member away = people.provider(admin);
		people.onboard(admin, away, "Away provider is 5 days gone!", cardiology);
		assertThat(away.api().post("/api/me/time-off", Map.of("firstDay", LocalDate.now().minusDays(1).toString(),
				"lastDay", LocalDate.now().plusDays(5).toString())).status()).isEqualTo(201);
		People.Member otherSpecialty = people.provider(admin);
		people.onboard(admin, otherSpecialty, "Neurologist sees 4 odd scans!");
		String cardiologistName = cardiologist.api().get("/api/session").text("fullName");

		Page requesterPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), requester.email(), REQUESTER_PASSPHRASE);
		Ui.link(requesterPage, "New case").click();
		assertThat(requesterPage.getByLabel("Engagement type")).hasValue("SECOND_OPINION");
		requesterPage.getByLabel("Case name").fill(CASE_NAME);
		Ui.button(requesterPage, "New patient").click();
		requesterPage.getByLabel("Full name").fill(PATIENT);
		requesterPage.getByLabel("Date of birth").fill("1961-07-02");
		requesterPage.getByLabel("Sex").selectOption("Female");
		requesterPage.getByLabel("MRN").fill(MRN);
		Ui.button(requesterPage, "Create patient").click();
		assertThat(requesterPage.getByLabel("Patient", new Page.GetByLabelOptions().setExact(true)))
			.containsText(PATIENT);
		requesterPage.getByLabel("Specialty wanted").selectOption(specialtyName);
		requesterPage.getByLabel("Urgency").selectOption("Urgent");
		requesterPage.getByLabel("Desired due date").fill(LocalDate.now().plusDays(10).toString());
		requesterPage.getByLabel("Clinical question").fill(QUESTION);
		requesterPage.getByLabel("Clinical summary").fill(SUMMARY);
		Ui.button(requesterPage, "Create case").click();
		assertThat(requesterPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(CASE_NAME)))
			.isVisible();
		assertThat(requesterPage.getByText(SUMMARY)).isVisible();

		Page adminPage = signInAsAdmin(people, admin);
		Ui.link(adminPage, "Admin").click();
		Ui.link(adminPage, "Cases").click();
		Ui.link(adminPage, CASE_NAME).click();
		Locator candidates = adminPage.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Candidates"));
		assertThat(candidates.getByRole(AriaRole.ROW).nth(1)).containsText(cardiologistName);
		candidates.getByRole(AriaRole.ROW).nth(1).getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Assign")).click();
		assertThat(adminPage.getByText("Assigned to " + cardiologistName)).isVisible();

		Page providerPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), cardiologist.email(), PROVIDER_PASSPHRASE);
		Ui.openCase(providerPage, CASE_NAME);
		Ui.button(providerPage, "Accept").click();
		Ui.button(providerPage, "Start work").click();
		assertThat(providerPage.getByText(SUMMARY)).isVisible(Ui.KEY_SHARING);
		assertThat(providerPage.getByText(QUESTION)).isVisible();
		assertThat(providerPage.getByText(PATIENT)).isVisible();
		assertThat(providerPage.getByText(MRN)).isVisible();
		Ui.button(providerPage, "Return to requester").click();
		providerPage.getByLabel("What is missing").fill(RETURN_REASON);
		Ui.button(providerPage, "Send back to requester").click();
		assertThat(providerPage.getByText(RETURN_REASON).first()).isVisible();

		Ui.openCase(requesterPage, CASE_NAME);
		assertThat(requesterPage.getByText(RETURN_REASON).first()).isVisible();
		Ui.button(requesterPage, "Answer and send back").click();
		requesterPage.getByLabel("Your answer").fill("Uploaded the echocardiography report of 20 November.");
		Ui.button(requesterPage, "Send answer").click();

		Ui.openCase(providerPage, CASE_NAME);
		Ui.tab(providerPage, "Recommendation");
		exactLabel(providerPage, "Summary").fill(RECOMMENDATION);
		exactLabel(providerPage, "Diagnosis / impression").fill(IMPRESSION);
		Ui.button(providerPage, "Save draft").click();
		assertThat(providerPage.getByText("Draft saved.")).isVisible();
		exactLabel(providerPage, "Recommendations").fill(ADVICE);
		Ui.tab(providerPage, "Documents");
		Ui.tab(providerPage, "Recommendation");
		// Unsaved text is still there after a look at another tab.
		assertThat(exactLabel(providerPage, "Recommendations")).hasValue(ADVICE);
		exactLabel(providerPage, "References").fill(REFERENCES);
		Ui.button(providerPage, "Submit recommendation").click();
		assertThat(providerPage.getByText("Submitting completes the case")).isVisible();
		Ui.button(providerPage, "Submit and complete the case").click();
		assertThat(providerPage.getByText("Done").first()).isVisible();
		assertThat(providerPage.getByText("Submitted by " + cardiologistName)).isVisible();

		for (Page page : List.of(requesterPage, providerPage)) {
			Ui.link(page, "Cases & Records").click();
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Completed")).click();
			assertThat(Ui.link(page, CASE_NAME)).isVisible();
		}
		Ui.link(requesterPage, CASE_NAME).click();
		Ui.tab(requesterPage, "Recommendation");
		assertThat(requesterPage.getByText(RECOMMENDATION)).isVisible(Ui.KEY_SHARING);
		assertThat(requesterPage.getByText(ADVICE)).isVisible();
		Download download = requesterPage.waitForDownload(() -> Ui.button(requesterPage, "Download PDF report").click());
		assertThat(download.suggestedFilename()).startsWith("Recommendation C-").endsWith(".pdf");
		PdfText report = PdfText.of(download.path());
		assertThat(report.pages()).isEqualTo(1);
		assertThat(report.shows(CASE_NAME)).isTrue();
		assertThat(report.shows("Patient: " + PATIENT)).as("the patient, as the clinical details name her").isTrue();
		assertThat(report.shows(RECOMMENDATION)).isTrue();
		assertThat(report.shows(ADVICE)).isTrue();

		requesterPage.getByLabel("Rating").selectOption("4 - very helpful");
		exactLabel(requesterPage, "Comments").fill(COMMENTS);
		requesterPage.getByLabel("Request clarification").check();
		requesterPage.getByLabel("What should the provider clarify?").fill(CLARIFICATION);
		Ui.button(requesterPage, "Send feedback").click();
		assertThat(requesterPage.getByText("Rated 4 - very helpful")).isVisible();
		assertThat(requesterPage.getByText(COMMENTS)).isVisible();
		assertThat(requesterPage.getByText(CLARIFICATION)).isVisible();

		// The provider's page still lists the completed cases.
		Ui.link(providerPage, CASE_NAME).click();
		Ui.tab(providerPage, "Recommendation");
		assertThat(providerPage.getByText(CLARIFICATION)).isVisible();
		assertThat(providerPage.getByText(COMMENTS)).isVisible();
		providerPage.getByLabel("Your answer").fill(ANSWER);
		Ui.button(providerPage, "Send answer").click();
		assertThat(providerPage.getByText(ANSWER)).isVisible();
		// A clarification does not reopen the case.
		assertThat(providerPage.getByText("Done").first()).isVisible();

		Ui.tab(requesterPage, "Overview");
		Ui.button(requesterPage, "Archive").click();
		assertThat(Ui.button(requesterPage, "Restore")).isVisible();
		Ui.link(requesterPage, "Cases & Records").click();
		requesterPage.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Archived")).click();
		assertThat(Ui.link(requesterPage, CASE_NAME)).isVisible();
		Browsers.screenshot(requesterPage, "second-opinion-archived");

		SecretScanner scanner = new SecretScanner().secret("patient name", PATIENT)
			.secret("MRN", MRN)
			.secret("clinical question", QUESTION)
			.secret("clinical summary", SUMMARY)
			.secret("recommendation summary", RECOMMENDATION)
			.secret("impression", IMPRESSION)
			.secret("recommendations", ADVICE)
			.secret("references", REFERENCES)
			.secret("feedback comments", COMMENTS)
			.secret("clarification request", CLARIFICATION)
			.secret("clarification answer", ANSWER);
		scanner.assertNoneIn(sent, dataSource);
	}

	private static Locator exactLabel(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private Page signInAsAdmin(People people, Api admin) {
		people.completeProfileAndOrganization(admin,
				new People.Member(admin, admin.get("/api/session").text("id"), People.ADMIN_EMAIL));
		return Ui.signIn(port, People.ADMIN_EMAIL);
	}

}
