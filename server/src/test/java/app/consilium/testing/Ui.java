package app.consilium.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * What people do again and again in the browser tests: sign in, unlock the vault, open a case, switch
 * tabs, press a button. Navigation stays inside the app: a page load of the last tab locks the vault
 * (decision 0008).
 */
public final class Ui {

	/** Background key sharing runs every 30 s; allow two rounds. */
	public static final LocatorAssertions.IsVisibleOptions KEY_SHARING = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(75_000);

	private Ui() {
	}

	public static Page signIn(int port, String email) {
		return signIn(Browsers.person(port), email);
	}

	public static Page signIn(Page page, String email) {
		page.navigate("/signin");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(People.PASSWORD);
		button(page, "Sign in").click();
		page.waitForURL(url -> !url.contains("/signin"));
		return page;
	}

	/**
	 * A browser for someone whose every request is kept in {@code sent}, sharing keys in the background
	 * every 2 seconds instead of 30 (a non-secret test knob in sessionStorage).
	 */
	public static Page recordedPerson(int port, List<String> sent) {
		Page page = Browsers.person(port);
		page.context().addInitScript("sessionStorage.setItem('consilium.keySharingSeconds', '2')");
		recordRequests(page, sent);
		return page;
	}

	/** Signs in someone whose keys exist and unlocks the vault on the case list, which needs it. */
	public static Page signInAndUnlock(Page page, String email, String passphrase) {
		signIn(page, email);
		link(page, "Cases & Records").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Unlock your vault")))
			.isVisible();
		page.getByLabel("Passphrase", new Page.GetByLabelOptions().setExact(true)).fill(passphrase);
		button(page, "Unlock").click();
		assertThat(button(page, "Lock vault")).isVisible();
		return page;
	}

	/** Keeps every request the page sends (method, URL, headers, body), for scans for secrets afterwards. */
	public static void recordRequests(Page page, List<String> sent) {
		page.context().onRequest(request -> {
			StringBuilder entry = new StringBuilder(request.method()).append(' ').append(request.url()).append('\n');
			request.headers().forEach((name, value) -> entry.append(name).append(": ").append(value).append('\n'));
			byte[] body = request.postDataBuffer();
			if (body != null) {
				entry.append(new String(body, StandardCharsets.UTF_8));
			}
			sent.add(entry.toString());
		});
	}

	/**
	 * Fills "New case" for an intake request to a named expert; the caller may add fields, then
	 * {@link #createCase}.
	 */
	public static void fillIntakeRequest(Page page, String matter, String expertService, String expertName) {
		link(page, "New case").click();
		page.getByLabel("Engagement type").selectOption("Expert engagement");
		page.getByLabel("Matter name").fill(matter);
		page.getByLabel("Expert service").selectOption(expertService);
		page.getByLabel("Requested expert").selectOption(expertName);
	}

	/** Submits "New case" and waits for the case it opens. */
	public static void createCase(Page page, String name) {
		button(page, "Create case").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
	}

	public static void openCase(Page page, String name) {
		link(page, "Cases & Records").click();
		link(page, name).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
	}

	public static void tab(Page page, String name) {
		page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
	}

	public static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	public static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	public static void addNote(Page page, String text, String visibleTo) {
		tab(page, "Notes");
		page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)).fill(text);
		page.getByLabel("Visible to").selectOption(visibleTo);
		button(page, "Add note").click();
		assertThat(page.getByText(text)).isVisible(KEY_SHARING);
	}

}
