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

import tools.jackson.databind.JsonNode;

import app.consilium.crypto.AccountKey;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.CaseKeyId;
import app.consilium.crypto.Identity;
import app.consilium.crypto.KeyScope;
import app.consilium.crypto.Member;
import app.consilium.crypto.PublicKeys;
import app.consilium.crypto.SecretBytes;
import app.consilium.crypto.UserKeyPair;
import app.consilium.testing.Api;
import app.consilium.testing.BrowserTest;
import app.consilium.testing.People;
import app.consilium.testing.SecretScanner;
import app.consilium.testing.Ui;

/**
 * Case keys through the real UI with real encryption, three people in three browsers. The requester and the
 * provider set up encryption in the UI (one keeps a recovery kit, one skips it); the requester opens a
 * case addressed to a provider and writes a note; the provider's browser is granted the key and reads it;
 * the provider resets their keys without a kit, falls back to pending and is re-granted by the requester's
 * browser in the background; a colleague added as collaborator reads the case, and once removed can no
 * longer open it while the case moves to a new key generation. Nothing secret reaches the server.
 */
@BrowserTest
class CaseKeysBrowserIT {

	static final String CASE_NAME = "Smith v. Mercy Hospital";

	static final String NOTE = "Patient reports chest pain since March; ECG on 12 March normal.";

	static final String SECOND_NOTE = "Please add the cardiology discharge letter from April.";

	static final String REQUESTER_PASSPHRASE = "Requester keeps 4 quiet lanterns!";

	static final String PROVIDER_PASSPHRASE = "Provider walks 6 misty harbours?";

	static final String PROVIDER_NEW_PASSPHRASE = "Fresh start with 8 silver kites!";

	static final String COLLEAGUE_PASSPHRASE = "Colleague reads 3 amber ledgers#";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	final List<String> sent = new CopyOnWriteArrayList<>();

	@Test
	@DisplayName("create, share, read, reset and re-grant, collaborator added and removed")
	void caseKeysThroughTheUi() {
		People people = new People(port);
		Api admin = people.admin();
		String firm = people.organization(admin, "LAW_FIRM");
		People.Member requester = people.requester(admin, firm, true);
		People.Member provider = people.provider(admin);
		People.Member colleague = people.requester(admin, firm, false);
		people.completeProfileAndOrganization(admin, requester);
		people.completeProfileAndOrganization(admin, provider);
		people.onboard(admin, colleague, COLLEAGUE_PASSPHRASE);
		String providerName = provider.api().get("/api/session").text("fullName");
		String colleagueName = colleague.api().get("/api/session").text("fullName");

		Page providerPage = setUpEncryption(provider.email(), PROVIDER_PASSPHRASE, true);
		Page requesterPage = setUpEncryption(requester.email(), REQUESTER_PASSPHRASE, false);
		requesterPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cases & Records")).click();
		Ui.fillIntakeRequest(requesterPage, CASE_NAME, "Record review", providerName);
		Ui.createCase(requesterPage, CASE_NAME);
		String casePath = java.net.URI.create(requesterPage.url()).getPath();
		Ui.addNote(requesterPage, NOTE, "Both sides");

		Ui.openCase(providerPage, CASE_NAME);
		Ui.tab(providerPage, "Notes");
		assertThat(providerPage.getByText(NOTE)).isVisible(Ui.KEY_SHARING);

		resetKeysWithoutKit(providerPage);
		Ui.openCase(providerPage, CASE_NAME);
		Ui.tab(providerPage, "Notes");
		// Re-granted by the requester's browser, in the background.
		assertThat(providerPage.getByText(NOTE)).isVisible(Ui.KEY_SHARING);
		Ui.addNote(requesterPage, SECOND_NOTE, "Both sides");
		Ui.tab(providerPage, "Overview");
		Ui.tab(providerPage, "Notes");
		assertThat(providerPage.getByText(SECOND_NOTE)).isVisible(Ui.KEY_SHARING);

		Ui.tab(requesterPage, "Collaborators");
		requesterPage.getByLabel("Colleague").selectOption(colleagueName);
		requesterPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add collaborator")).click();
		Page colleaguePage = Ui.signInAndUnlock(Ui.recordedPerson(port, sent), colleague.email(), COLLEAGUE_PASSPHRASE);
		Ui.openCase(colleaguePage, CASE_NAME);
		Ui.tab(colleaguePage, "Notes");
		assertThat(colleaguePage.getByText(NOTE)).isVisible(Ui.KEY_SHARING);

		requesterPage.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(colleagueName))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove"))
			.click();
		colleaguePage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cases & Records")).click();
		assertThat(colleaguePage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CASE_NAME))).hasCount(0);
		assertThat(colleague.api().get(casePath.replace("/cases/", "/api/cases/")).status()).isEqualTo(404);
		String apiPath = casePath.replace("/cases/", "/api/cases/");
		awaitNewGeneration(requester.api(), apiPath + "/keys");

		moveCiphertextBetweenNotes(apiPath.substring(apiPath.lastIndexOf('/') + 1));
		Ui.tab(requesterPage, "Overview");
		Ui.tab(requesterPage, "Notes");
		assertThat(requesterPage.getByText("This note cannot be verified.").first()).isVisible();
		assertThat(requesterPage.getByText(NOTE)).hasCount(0);

		people.completeProfileAndOrganization(admin, new People.Member(admin, admin.get("/api/session").text("id"),
				People.ADMIN_EMAIL));
		Page adminPage = Ui.signIn(port, People.ADMIN_EMAIL);
		adminPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin")).click();
		adminPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cases").setExact(true)).click();
		adminPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CASE_NAME)).click();
		assertThat(adminPage.getByText("Case key generation 2")).isVisible();
		assertThat(adminPage.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Members and their keys"))
			.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(providerName))).containsText("Shared");

		assertNoSecretLeft(requester, requester.api().get(apiPath + "/keys").body());
	}

	/** What a server with database access might try: give one note the other's sealed body. */
	private void moveCiphertextBetweenNotes(String caseId) {
		var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
		List<java.util.UUID> notes = jdbc.sql("select id from case_note where case_id = ? order by created_at")
			.param(java.util.UUID.fromString(caseId))
			.query(java.util.UUID.class)
			.list();
		assertThat(notes).hasSizeGreaterThanOrEqualTo(2);
		jdbc.sql("update case_note set body_sealed = (select body_sealed from case_note where id = ?) where id = ?")
			.params(notes.get(1), notes.get(0))
			.update();
	}

	/** Signs in and sets up encryption through the UI (onboarding step 3), storing the recovery kit or not. */
	private Page setUpEncryption(String email, String passphrase, boolean keepRecoveryKit) {
		Page page = Ui.signIn(Ui.recordedPerson(port, sent), email);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up encryption")).first().click();
		page.getByLabel("Passphrase", new Page.GetByLabelOptions().setExact(true)).fill(passphrase);
		page.getByLabel("Confirm passphrase", new Page.GetByLabelOptions().setExact(true)).fill(passphrase);
		assertThat(page.getByText("Strength: Very strong")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create passphrase")).click();
		if (keepRecoveryKit) {
			page.getByLabel("I have stored my recovery kit safely").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		}
		else {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip for now")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip without a recovery kit")).click();
		}
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock vault"))).isVisible();
		return page;
	}

	private static void resetKeysWithoutKit(Page page) {
		page.navigate("/settings/encryption/forgot");
		page.getByLabel("No, I do not have it").check();
		page.getByLabel("New passphrase", new Page.GetByLabelOptions().setExact(true)).fill(PROVIDER_NEW_PASSPHRASE);
		page.getByLabel("Confirm new passphrase").fill(PROVIDER_NEW_PASSPHRASE);
		assertThat(page.getByText("Strength: Very strong")).isVisible();
		page.getByLabel("I understand that data encrypted for my old keys becomes unreadable to me").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset my keys")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip for now")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip without a recovery kit")).click();
		assertThat(page.getByText("Your keys have been reset")).isVisible();
	}

	private static void awaitNewGeneration(Api api, String keysPath) {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(75))
			.pollInterval(java.time.Duration.ofSeconds(1))
			.until(() -> api.get(keysPath).body().path("generations").valueStream()
				.anyMatch(g -> g.path("scope").asString().equals("CASE") && g.path("latest").asInt() == 2
						&& !g.path("rotationRequested").asBoolean()));
	}

	/**
	 * Searches every captured request and the whole database for the passphrases, the notes' text, and, for
	 * the requester, the key derived from the passphrase, the account key and every case key it holds
	 * (opened here in Java from its grants).
	 */
	private void assertNoSecretLeft(People.Member requester, JsonNode keys) {
		// The requester's keys were made by the browser: open them here from what the server stores.
		JsonNode stored = requester.api().get("/api/me/keys").body();
		byte[] passphraseWrap = Base64Url.decode(stored.path("passphraseWrap").asString());
		AccountKey accountKey = AccountKey.unwrapWithPassphrase(requester.id(), REQUESTER_PASSPHRASE, passphraseWrap);
		UserKeyPair keyPair = UserKeyPair.unwrap(accountKey, requester.id(),
				PublicKeys.decode(Base64Url.decode(stored.path("publicKeys").asString())),
				Base64Url.decode(stored.path("privateKeys").asString()));
		Identity identity = new Identity(requester.id(), keyPair);
		SecretScanner scanner = new SecretScanner()
			.secret("requester passphrase-derived key", SecretBytes.passphraseKey(REQUESTER_PASSPHRASE, passphraseWrap))
			.secret("requester account key", SecretBytes.accountKey(accountKey));
		for (JsonNode held : keys.path("grants")) {
			var granter = new Member(held.path("granterId").asString(),
					PublicKeys.decode(Base64Url.decode(held.path("granterPublicKeys").asString())));
			CaseKey caseKey = CaseKeyGrant.open(Base64Url.decode(held.path("grant").asString()),
					new CaseKeyId(keys.path("caseId").asString(), KeyScope.valueOf(held.path("scope").asString()),
							held.path("generation").asInt()),
					identity, granter);
			scanner.secret("case key " + caseKey.id(), SecretBytes.caseKey(caseKey));
		}
		assertThat(keys.path("grants").size()).as("case and chat keys, generations 1 and 2").isGreaterThanOrEqualTo(4);
		scanner.secret("requester passphrase", REQUESTER_PASSPHRASE)
			.secret("provider passphrase", PROVIDER_PASSPHRASE)
			.secret("provider's new passphrase", PROVIDER_NEW_PASSPHRASE)
			.secret("colleague passphrase", COLLEAGUE_PASSPHRASE)
			.secret("note", NOTE)
			.secret("second note", SECOND_NOTE);
		scanner.assertNoneIn(sent, dataSource);
		assertThat(new SecretScanner().secret("email", requester.email()).foundIn(SecretScanner.dump(dataSource)))
			.as("the scan sees plaintext the database does hold")
			.isNotEmpty();
	}

}
