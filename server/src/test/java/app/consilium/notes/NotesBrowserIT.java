package app.consilium.notes;

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
 * Notes and memos through the UI with real encryption: the lawyer writes a shared note and an internal
 * memo, the expert reads the note but not the memo and writes a memo of their own the lawyer never sees;
 * the lawyer edits the note in two tabs at once, and the second save shows both versions and applies on
 * top; the expert reads the earlier versions; the lawyer deletes the note. No text reaches the server or
 * its database in the clear.
 */
@BrowserTest
class NotesBrowserIT {

	static final String MATTER = "Baker v. Northside Clinic";

	static final String NOTE = "Ask the expert about the second surgery in May.";

	static final String MEMO = "Settlement ceiling agreed with the client: 80k.";

	static final String EXPERT_MEMO = "The requester's timeline of the infection looks inconsistent.";

	static final String FIRST_TAB = "Ask about both surgeries and the wound infection.";

	static final String SECOND_TAB = "Ask about the **antibiotics** given after the July surgery.";

	static final String SECOND_TAB_SHOWN = "Ask about the antibiotics given after the July surgery.";

	static final String MEMO_LABEL = "Internal memo — only your side sees it";

	static final String LAWYER_PASSPHRASE = "Lawyer drafts 6 careful memos!";

	static final String EXPERT_PASSPHRASE = "Expert reviews 4 long charts?";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	final List<String> sent = new CopyOnWriteArrayList<>();

	@Test
	@DisplayName("note and memos seen by the right side, concurrent edit shows both versions, history, delete")
	void notesThroughTheUi() {
		People people = new People(port);
		Api admin = people.admin();
		People.Member lawyer = people.requester(admin, people.organization(admin, "LAW_FIRM"), true);
		People.Member expert = people.provider(admin);
		people.onboard(admin, lawyer, LAWYER_PASSPHRASE);
		people.onboard(admin, expert, EXPERT_PASSPHRASE);
		String expertName = expert.api().get("/api/session").text("fullName");

		Page lawyerPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), lawyer.email(), LAWYER_PASSPHRASE);
		Ui.fillIntakeRequest(lawyerPage, MATTER, "Expert witness", expertName);
		Ui.createCase(lawyerPage, MATTER);
		Ui.addNote(lawyerPage, NOTE, "Both sides");
		Ui.addNote(lawyerPage, MEMO, "My side only (internal memo)");
		assertThat(note(lawyerPage, MEMO).getByText(MEMO_LABEL)).isVisible();
		assertThat(note(lawyerPage, NOTE).getByText(MEMO_LABEL)).hasCount(0);

		Page expertPage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), expert.email(), EXPERT_PASSPHRASE);
		Ui.openCase(expertPage, MATTER);
		Ui.tab(expertPage, "Notes");
		assertThat(expertPage.getByText(NOTE)).isVisible(Ui.KEY_SHARING);
		assertThat(expertPage.getByText(MEMO)).hasCount(0);
		// Only the author edits.
		assertThat(button(note(expertPage, NOTE), "Edit")).hasCount(0);
		Ui.addNote(expertPage, EXPERT_MEMO, "My side only (internal memo)");
		assertThat(note(expertPage, EXPERT_MEMO).getByText(MEMO_LABEL)).isVisible();

		Page secondTab = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), lawyer.email(), LAWYER_PASSPHRASE);
		Ui.openCase(secondTab, MATTER);
		Ui.tab(secondTab, "Notes");
		assertThat(secondTab.getByText(MEMO)).isVisible();
		// The expert's memo stays on their side.
		assertThat(secondTab.getByText(EXPERT_MEMO)).hasCount(0);

		button(note(lawyerPage, NOTE), "Edit").click();
		button(note(secondTab, NOTE), "Edit").click();
		lawyerPage.getByLabel("Edit note").fill(FIRST_TAB);
		secondTab.getByLabel("Edit note").fill(SECOND_TAB);
		Ui.button(lawyerPage, "Save changes").click();
		assertThat(lawyerPage.getByText(FIRST_TAB)).isVisible();
		Ui.button(secondTab, "Save changes").click();
		Locator conflict = secondTab.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
			.setHasText("This note was changed while you were editing it"));
		assertThat(conflict.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Your version")))
			.containsText(SECOND_TAB_SHOWN);
		assertThat(conflict.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Current version")))
			.containsText(FIRST_TAB);
		Browsers.screenshot(secondTab, "notes-conflict");
		Ui.button(secondTab, "Save my version over it").click();
		Locator saved = note(secondTab, SECOND_TAB_SHOWN);
		assertThat(saved.locator("strong")).hasText("antibiotics");
		assertThat(saved.getByText("edited")).isVisible();

		Ui.tab(expertPage, "Overview");
		Ui.tab(expertPage, "Notes");
		Locator seen = note(expertPage, SECOND_TAB_SHOWN);
		assertThat(seen).isVisible();
		button(seen, "Earlier versions").click();
		Locator history = seen.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Earlier versions"));
		assertThat(history.getByRole(AriaRole.LISTITEM)).hasCount(2);
		assertThat(history.getByRole(AriaRole.LISTITEM).nth(0)).containsText(FIRST_TAB);
		assertThat(history.getByRole(AriaRole.LISTITEM).nth(1)).containsText(NOTE);
		Browsers.screenshot(expertPage, "notes-history");

		button(note(secondTab, SECOND_TAB_SHOWN), "Delete").click();
		Locator dialog = secondTab.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Delete this note?"));
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete note")).click();
		assertThat(secondTab.getByText(SECOND_TAB_SHOWN)).hasCount(0);
		assertThat(secondTab.getByText(MEMO)).isVisible();
		Ui.tab(expertPage, "Overview");
		Ui.tab(expertPage, "Notes");
		assertThat(expertPage.getByText(EXPERT_MEMO)).isVisible();
		assertThat(expertPage.getByText(SECOND_TAB_SHOWN)).hasCount(0);

		// Each side's memos are sealed with that side's memo key, which the other side's browser never got.
		String caseId = lawyer.api().get("/api/cases").body().path("items").get(0).path("id").asString();
		String notes = "/api/cases/" + caseId + "/notes";
		assertThat(lawyer.api().get(notes).body().valueStream().map(n -> n.path("scope").asString()))
			.containsExactly("REQUESTER_MEMOS");
		assertThat(expert.api().get(notes).body().valueStream().map(n -> n.path("scope").asString()))
			.containsExactly("PROVIDER_MEMOS");
		assertThat(lawyer.api().get("/api/cases/" + caseId + "/keys").raw()).contains("REQUESTER_MEMOS")
			.doesNotContain("PROVIDER_MEMOS");
		assertThat(expert.api().get("/api/cases/" + caseId + "/keys").raw()).contains("PROVIDER_MEMOS")
			.doesNotContain("REQUESTER_MEMOS");

		new SecretScanner().secret("note", NOTE)
			.secret("memo", MEMO)
			.secret("expert's memo", EXPERT_MEMO)
			.secret("first tab's edit", FIRST_TAB)
			.secret("second tab's edit", "given after the July surgery")
			.assertNoneIn(sent, dataSource);
	}

	/** The note or memo whose text shows {@code text}. */
	private static Locator note(Page page, String text) {
		return page.locator(".notes > li").filter(new Locator.FilterOptions().setHasText(text));
	}

	private static Locator button(Locator within, String name) {
		return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
