package app.consilium.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
 * An expert engagement through the UI: a law firm sends an intake request to a named expert, who accepts
 * it and starts work; a colleague added as collaborator reads the case's encrypted note, and once
 * removed can no longer open the case. The activity trail shows who did what; the note's text reaches
 * neither the server nor the database in the clear.
 */
@BrowserTest
class IntakeRequestBrowserIT {

	static final String MATTER = "Doe v. Riverside Clinic";

	static final String NOTE = "Deposition of the treating surgeon is planned for 14 January.";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	final List<String> sent = new CopyOnWriteArrayList<>();

	@Test
	@DisplayName("intake request to a named expert: accepted, started, collaborator added, reads, removed")
	void intakeRequestThroughTheUi() {
		People people = new People(port);
		Api admin = people.admin();
		String firm = people.organization(admin, "LAW_FIRM");
		People.Member lawyer = people.requester(admin, firm, true);
		People.Member colleague = people.requester(admin, firm, false);
		People.Member expert = people.provider(admin);
		people.onboard(admin, lawyer, "Lawyer reads 5 dusty briefs!");
		people.onboard(admin, colleague, "Colleague files 7 tidy motions?");
		people.onboard(admin, expert, "Expert answers 9 hard questions#");
		String expertName = expert.api().get("/api/session").text("fullName");
		String colleagueName = colleague.api().get("/api/session").text("fullName");

		Page lawyerPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), lawyer.email(), "Lawyer reads 5 dusty briefs!");
		Ui.fillIntakeRequest(lawyerPage, MATTER, "Expert witness", expertName);
		lawyerPage.getByLabel("Matter reference").fill("2026-CV-0117");
		lawyerPage.getByLabel("Basic information").fill("Knee replacement, post-operative infection.");
		Ui.createCase(lawyerPage, MATTER);
		String caseApi = java.net.URI.create(lawyerPage.url()).getPath().replace("/cases/", "/api/cases/");
		Ui.addNote(lawyerPage, NOTE, "Both sides");

		Page expertPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), expert.email(), "Expert answers 9 hard questions#");
		Locator row = expertPage.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(MATTER));
		assertThat(row).containsText("New");
		Ui.openCase(expertPage, MATTER);
		Ui.button(expertPage, "Accept").click();
		assertThat(Ui.button(expertPage, "Start work")).isVisible();
		Ui.button(expertPage, "Start work").click();
		assertThat(expertPage.locator(".page-intro")).containsText("In progress");
		Ui.tab(expertPage, "Notes");
		assertThat(expertPage.getByText(NOTE)).isVisible(Ui.KEY_SHARING);

		Ui.tab(lawyerPage, "Collaborators");
		lawyerPage.getByLabel("Colleague").selectOption(colleagueName);
		Ui.button(lawyerPage, "Add collaborator").click();
		Page colleaguePage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), colleague.email(), "Colleague files 7 tidy motions?");
		Ui.openCase(colleaguePage, MATTER);
		Ui.tab(colleaguePage, "Notes");
		assertThat(colleaguePage.getByText(NOTE)).isVisible(Ui.KEY_SHARING);

		Ui.tab(lawyerPage, "Overview");
		Ui.tab(lawyerPage, "Collaborators");
		lawyerPage.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(colleagueName))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove"))
			.click();
		Ui.link(colleaguePage, "Cases & Records").click();
		assertThat(Ui.link(colleaguePage, MATTER)).hasCount(0);
		assertThat(colleague.api().get(caseApi).status()).isEqualTo(404);

		Ui.tab(lawyerPage, "Activity");
		assertThat(lawyerPage.getByText(expertName + " accepted the case")).isVisible();
		assertThat(Ui.link(lawyerPage, "Download CSV")).isVisible();
		Browsers.screenshot(lawyerPage, "intake-request-activity");
		assertThat(lawyer.api().get(caseApi).body().path("summary").path("status").asString())
			.isEqualTo("IN_PROGRESS");

		SecretScanner scanner = new SecretScanner().secret("note", NOTE);
		scanner.assertNoneIn(sent, dataSource);
	}

}
