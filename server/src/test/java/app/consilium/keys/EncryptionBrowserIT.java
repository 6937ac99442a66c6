package app.consilium.keys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;

import app.consilium.testing.Api;
import app.consilium.testing.BrowserTest;
import app.consilium.testing.Browsers;
import app.consilium.testing.People;
import app.consilium.testing.SecretScanner;

/**
 * Encryption setup and the vault through the real UI, with real WebCrypto: setup with a recovery kit,
 * lock and unlock across tabs, a wrong passphrase, a passphrase change, the idle lock; and the promise
 * behind it all: neither the passphrases nor the recovery code ever reach the server, in any request or
 * anywhere in the database.
 */
@BrowserTest
class EncryptionBrowserIT {

	static final String PASSPHRASE = "Quiet lighthouse keeps 7 gulls?";

	static final String NEW_PASSPHRASE = "Amber orchards hum at 9 before dawn!";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	final List<String> sent = new ArrayList<>();

	@Test
	@DisplayName("setup, lock and unlock in every tab, change passphrase, idle lock; no secret leaves the browser")
	void vaultLifecycle() {
		People people = new People(port);
		Api admin = people.admin();
		People.Member provider = people.provider(admin);
		people.completeProfileAndOrganization(admin, provider);

		Page tab = Browsers.person(port);
		tab.context().onRequest(this::capture);
		signIn(tab, provider.email());
		tab.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up encryption")).first().click();
		fillNewPassphrase(tab, "Passphrase", "Confirm passphrase", PASSPHRASE);
		tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create passphrase")).click();
		String recoveryCode = tab.locator("code.recovery-code").innerText().trim();
		assertThat(recoveryCode).matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}");
		tab.getByLabel("I have stored my recovery kit safely").check();
		tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		assertThat(lockButton(tab)).isVisible();
		assertThat(tab.getByText("Finish encryption setup before working on cases")).hasCount(0);

		Page second = tab.context().newPage();
		second.navigate("/settings/encryption");
		assertThat(second.getByText("Your vault is unlocked in this browser.")).isVisible();

		lockButton(tab).click();
		assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Unlock your vault")))
			.isVisible();
		unlock(second, "Not my passphrase 123!");
		assertThat(second.getByText("That passphrase is not right.")).isVisible();
		unlock(second, PASSPHRASE);
		assertThat(second.getByText("Your vault is unlocked in this browser.")).isVisible();
		assertThat(lockButton(tab)).isVisible();

		second.getByLabel("Current passphrase").fill(PASSPHRASE);
		fillNewPassphrase(second, "New passphrase", "Confirm new passphrase", NEW_PASSPHRASE);
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change passphrase")).click();
		assertThat(second.getByText("Passphrase changed. Use the new one from now on.")).isVisible();

		lockButton(second).click();
		unlock(second, PASSPHRASE);
		assertThat(second.getByText("That passphrase is not right.")).isVisible();
		unlock(second, NEW_PASSPHRASE);
		assertThat(second.getByText("Your vault is unlocked in this browser.")).isVisible();

		second.evaluate("sessionStorage.setItem('consilium.vaultIdleSeconds', '3')");
		second.reload();
		assertThat(second.getByText("Your vault is unlocked in this browser.")).isVisible();
		assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Unlock your vault")))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
		assertThat(second.getByText("Your vault is locked.")).isVisible();
		assertThat(lockButton(tab)).hasCount(0);
		Browsers.screenshot(second, "vault-locked");

		assertNoSecretLeft(provider.email(), recoveryCode);
	}

	private void assertNoSecretLeft(String email, String recoveryCode) {
		SecretScanner scanner = new SecretScanner().secret("passphrase", PASSPHRASE)
			.secret("new passphrase", NEW_PASSPHRASE)
			.secret("recovery code", recoveryCode)
			.secret("recovery code without dashes", recoveryCode.replace("-", ""));
		assertThat(sent).as("requests were captured").isNotEmpty();
		for (String request : sent) {
			assertThat(scanner.foundIn(request)).as(request.substring(0, Math.min(200, request.length()))).isEmpty();
		}
		byte[] database = SecretScanner.dump(dataSource);
		assertThat(new SecretScanner().secret("email", email).foundIn(database))
			.as("the scanner finds what is there: the email is stored in plaintext by design")
			.isNotEmpty();
		assertThat(scanner.foundIn(database)).isEmpty();
	}

	private void capture(Request request) {
		StringBuilder entry = new StringBuilder(request.method()).append(' ').append(request.url()).append('\n');
		// headers(), not allHeaders(): the latter is a round trip to the browser, which hangs inside an event handler.
		request.headers().forEach((name, value) -> entry.append(name).append(": ").append(value).append('\n'));
		byte[] body = request.postDataBuffer();
		if (body != null) {
			entry.append(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1));
		}
		sent.add(entry.toString());
	}

	private static void signIn(Page page, String email) {
		page.navigate("/signin");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(People.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(url -> !url.contains("/signin"));
	}

	private static void fillNewPassphrase(Page page, String label, String confirmLabel, String passphrase) {
		page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(passphrase);
		page.getByLabel(confirmLabel, new Page.GetByLabelOptions().setExact(true)).fill(passphrase);
		assertThat(page.getByText("Strength: Very strong")).isVisible();
	}

	private static void unlock(Page page, String passphrase) {
		page.getByLabel("Passphrase", new Page.GetByLabelOptions().setExact(true)).fill(passphrase);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock")).click();
	}

	private static com.microsoft.playwright.Locator lockButton(Page page) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock vault"));
	}

}
