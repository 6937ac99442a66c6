package app.consilium.deliverables;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import app.consilium.testing.Api;
import app.consilium.testing.BrowserTest;
import app.consilium.testing.Browsers;
import app.consilium.testing.People;
import app.consilium.testing.SecretScanner;
import app.consilium.testing.Ui;

/**
 * Deliverables through the UI: the law firm requests the final expert report with a due date and a
 * deposition preparation already late; the late one is highlighted and counted on the dashboard; the
 * expert starts the report, uploads it, attaches it and delivers it, and the case is Done and listed
 * under Completed for both.
 */
@BrowserTest
class DeliverablesBrowserIT {

	static final String MATTER = "Doe v. Riverside Clinic";

	static final String REPORT = "Expert report on causation";

	static final String PREPARATION = "Deposition preparation outline";

	static final String FILE = "Causation report final.txt";

	static final String OPINION = "Opinion: the infection was caused by the delayed revision.";

	static final LocatorAssertions.IsVisibleOptions UPLOADED = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

	@LocalServerPort
	int port;

	final List<String> sent = new CopyOnWriteArrayList<>();

	@Autowired
	DataSource dataSource;

	@Test
	@DisplayName("a final expert report requested, started, uploaded, attached and delivered completes the case; late ones stand out")
	void deliverablesThroughTheUi() {
		People people = new People(port);
		Api admin = people.admin();
		String firm = people.organization(admin, "LAW_FIRM");
		People.Member lawyer = people.requester(admin, firm, true);
		People.Member expert = people.provider(admin);
		people.onboard(admin, lawyer, "Lawyer reads 5 dusty briefs!");
		people.onboard(admin, expert, "Expert answers 9 hard questions#");
		String expertName = expert.api().get("/api/session").text("fullName");

		Page lawyerPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), lawyer.email(), "Lawyer reads 5 dusty briefs!");
		Ui.fillIntakeRequest(lawyerPage, MATTER, "Expert witness", expertName);
		Ui.createCase(lawyerPage, MATTER);

		Page expertPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), expert.email(), "Expert answers 9 hard questions#");
		Ui.openCase(expertPage, MATTER);
		Ui.button(expertPage, "Accept").click();
		Ui.button(expertPage, "Start work").click();
		assertThat(expertPage.locator(".page-intro")).containsText("In progress");

		Ui.tab(lawyerPage, "Deliverables");
		request(lawyerPage, "Expert report", REPORT, LocalDate.now().plusDays(14), true);
		request(lawyerPage, "Deposition preparation", PREPARATION, LocalDate.now().minusDays(3), false);
		Locator late = row(lawyerPage, PREPARATION);
		assertThat(late).containsText("Overdue");
		assertThat(late).hasClass(Pattern.compile("deliverable-overdue"));
		assertThat(row(lawyerPage, REPORT)).not().containsText("Overdue");
		assertThat(row(lawyerPage, REPORT)).containsText("Requested");
		assertThat(row(lawyerPage, REPORT)).containsText("Final");
		assertThat(row(lawyerPage, REPORT)).containsText(expertName);
		Browsers.screenshot(lawyerPage, "deliverables-requested");

		Ui.link(lawyerPage, "Dashboard").click();
		assertThat(lawyerPage.getByText("1 deliverable is overdue on your cases.")).isVisible();
		Ui.link(lawyerPage, MATTER).click();
		assertThat(row(lawyerPage, PREPARATION)).containsText("Overdue");

		// Both sides edit the same deliverable: the second to save is told, and Reload shows the first one's change.
		Ui.tab(expertPage, "Deliverables");
		row(expertPage, PREPARATION).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
		row(lawyerPage, PREPARATION).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
		lawyerPage.getByLabel("Title").fill(PREPARATION + ", with exhibits");
		Ui.button(lawyerPage, "Save changes").click();
		assertThat(row(lawyerPage, PREPARATION + ", with exhibits")).isVisible();
		expertPage.getByLabel("Title").fill(PREPARATION + ", by the expert");
		Ui.button(expertPage, "Save changes").click();
		assertThat(expertPage.getByText("Someone else changed this in the meantime.")).isVisible();
		Ui.button(expertPage, "Reload").click();
		assertThat(expertPage.getByLabel("Title")).hasValue(PREPARATION + ", with exhibits");
		Ui.button(expertPage, "Cancel").click();

		Ui.tab(expertPage, "Documents");
		Locator files = expertPage.getByLabel("Files to upload");
		assertThat(files).isAttached(new LocatorAssertions.IsAttachedOptions().setTimeout(75_000));
		files.setInputFiles(new FilePayload(FILE, "text/plain", OPINION.getBytes(StandardCharsets.UTF_8)));
		assertThat(row(expertPage, FILE)).isVisible(UPLOADED);

		Ui.tab(expertPage, "Deliverables");
		row(expertPage, REPORT).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start").setExact(true))
			.click();
		assertThat(row(expertPage, REPORT)).containsText("In progress");
		row(expertPage, REPORT).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
		expertPage.getByLabel(FILE).check();
		Ui.button(expertPage, "Save changes").click();
		assertThat(row(expertPage, REPORT)).containsText(FILE);
		row(expertPage, REPORT).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deliver").setExact(true))
			.click();
		assertThat(row(expertPage, REPORT)).containsText("Delivered");
		assertThat(expertPage.locator(".page-intro")).containsText("Done");

		for (Page page : List.of(lawyerPage, expertPage)) {
			Ui.link(page, "Cases & Records").click();
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Completed")).click();
			assertThat(Ui.link(page, MATTER)).isVisible();
		}
		Ui.link(lawyerPage, MATTER).click();
		Ui.tab(lawyerPage, "Deliverables");
		assertThat(row(lawyerPage, REPORT)).containsText(FILE);
		row(lawyerPage, REPORT).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept").setExact(true))
			.click();
		assertThat(row(lawyerPage, REPORT)).containsText("Accepted");
		Ui.tab(lawyerPage, "Activity");
		assertThat(lawyerPage.getByText(expertName + " delivered a deliverable")).isVisible();
		Browsers.screenshot(lawyerPage, "deliverables-activity");

		// The deliverable's attached report stays end-to-end encrypted: name and content.
		new SecretScanner().secret("attached document's name", "Causation report final")
			.secret("attached document's content", OPINION)
			.assertNoneIn(sent, dataSource);
	}

	private static void request(Page page, String type, String title, LocalDate due, boolean isFinal) {
		Ui.button(page, "Request a deliverable").click();
		page.getByLabel("Type").selectOption(type);
		page.getByLabel("Title").fill(title);
		page.getByLabel("Due date").fill(due.toString());
		if (isFinal) {
			page.getByLabel("Final deliverable").check();
		}
		Ui.button(page, "Request deliverable").click();
		assertThat(row(page, title)).isVisible();
	}

	private static Locator row(Page page, String text) {
		return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
	}

}
