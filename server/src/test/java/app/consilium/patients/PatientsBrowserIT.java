package app.consilium.patients;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import app.consilium.testing.Api;
import app.consilium.testing.BrowserTest;
import app.consilium.testing.Browsers;
import app.consilium.testing.People;
import app.consilium.testing.SecretScanner;
import app.consilium.testing.Ui;

/**
 * Patients through the real UI with real encryption. A requester creates the organization's patients key
 * by saving the first patient; a colleague who sets up encryption afterwards is granted the key by the
 * first requester's browser in the background and reads the patient; a requester of another organization
 * sees none of it. Search by name runs in the browser. No personal detail leaves a browser in the clear.
 */
@BrowserTest
class PatientsBrowserIT {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);

	static final String JANE = "Jane Roe " + SUFFIX;

	static final String MARCUS = "Marcus Whitfield " + SUFFIX;

	static final String MRN = "MRN-" + SUFFIX + "-4471";

	static final String ALICE_PASSPHRASE = "Alice keeps 4 quiet lanterns!";

	static final String BOB_PASSPHRASE = "Bob walks 6 misty harbours?";

	static final String OUTSIDER_PASSPHRASE = "Outsider reads 3 amber ledgers#";

	/** Background key sharing runs every 2 s here (the knob below); the colleague's page polls every 4 s. */
	static final LocatorAssertions.IsVisibleOptions SHARING = new LocatorAssertions.IsVisibleOptions().setTimeout(45_000);

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	final List<String> sent = new ArrayList<>();

	@Test
	@DisplayName("create a patient, a colleague gets the key and reads it, another organization does not, search by name")
	void patientsThroughTheUi() {
		People people = new People(port);
		Api admin = people.admin();
		String firm = people.organization(admin, "LAW_FIRM");
		People.Member alice = people.requester(admin, firm, true);
		People.Member bob = people.requester(admin, firm, false);
		People.Member outsider = people.requester(admin, people.organization(admin, "HOSPITAL"), true);
		people.onboard(admin, alice, ALICE_PASSPHRASE);
		people.onboard(admin, outsider, OUTSIDER_PASSPHRASE);

		Page alicePage = openPatients(alice.email(), ALICE_PASSPHRASE);
		createPatient(alicePage, JANE, "1970-03-14", "Female", MRN);
		createPatient(alicePage, MARCUS, "1958-11-02", "Male", "");
		Locator janeRow = row(alicePage, JANE);
		assertThat(janeRow).containsText("Female");
		assertThat(janeRow).containsText(MRN);
		assertThat(janeRow).containsText("Active");

		search(alicePage, "whitfield " + SUFFIX);
		assertThat(row(alicePage, MARCUS)).isVisible();
		assertThat(row(alicePage, JANE)).hasCount(0);
		search(alicePage, MRN.toLowerCase());
		assertThat(row(alicePage, JANE)).isVisible();
		assertThat(row(alicePage, MARCUS)).hasCount(0);
		String reference = janeRow.getByRole(AriaRole.CELL).first().textContent().trim();
		assertThat(reference).matches("P-\\d{6}");
		search(alicePage, reference);
		assertThat(row(alicePage, JANE)).isVisible();
		search(alicePage, "");

		people.onboard(admin, bob, BOB_PASSPHRASE);
		Page bobPage = openPatients(bob.email(), BOB_PASSPHRASE);
		// Granted by Alice's browser, in the background, while her vault is unlocked.
		assertThat(row(bobPage, JANE)).isVisible(SHARING);
		assertThat(row(bobPage, JANE)).containsText(MRN);

		alicePage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate " + MARCUS)).click();
		assertThat(row(alicePage, MARCUS)).hasCount(0);
		alicePage.getByLabel("Status").selectOption("Inactive");
		assertThat(row(alicePage, MARCUS)).containsText("Inactive");

		Page outsiderPage = openPatients(outsider.email(), OUTSIDER_PASSPHRASE);
		assertThat(outsiderPage.getByText("No patients yet.")).isVisible();
		assertThat(row(outsiderPage, JANE)).hasCount(0);
		search(outsiderPage, reference);
		assertThat(outsiderPage.getByText("No patient matches this search.")).isVisible();
		Browsers.screenshot(alicePage, "patients");

		assertNothingPersonalLeft();
	}

	/** Signs in with fast background key sharing, opens Patients from the sidebar and unlocks the vault there. */
	private Page openPatients(String email, String passphrase) {
		Page page = Ui.signIn(Ui.recordedPerson(port, sent), email);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patients")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Unlock your vault")))
			.isVisible();
		page.getByLabel("Passphrase", new Page.GetByLabelOptions().setExact(true)).fill(passphrase);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock")).click();
		assertThat(page.getByLabel("Search patients")).isVisible();
		return page;
	}

	private static void createPatient(Page page, String name, String dateOfBirth, String sex, String mrn) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New patient")).click();
		page.getByLabel("Full name").fill(name);
		page.getByLabel("Date of birth").fill(dateOfBirth);
		page.getByLabel("Sex").selectOption(sex);
		page.getByLabel("MRN").fill(mrn);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create patient")).click();
		assertThat(row(page, name)).isVisible();
	}

	private static void search(Page page, String query) {
		page.getByLabel("Search patients").fill(query);
	}

	private static Locator row(Page page, String name) {
		return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
	}

	/** The names and the MRN appear in no request any browser sent (URLs included) and nowhere in the database. */
	private void assertNothingPersonalLeft() {
		SecretScanner scanner = new SecretScanner().secret("Jane's name", JANE)
			.secret("Marcus's name", MARCUS)
			.secret("MRN", MRN)
			.secret("date of birth", "1970-03-14");
		scanner.assertNoneIn(sent, dataSource);
	}

}
