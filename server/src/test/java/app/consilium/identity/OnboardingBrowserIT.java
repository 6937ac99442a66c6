package app.consilium.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.consilium.testing.BrowserTest;
import app.consilium.testing.Browsers;
import app.consilium.testing.People;
import app.consilium.testing.TestEnvironment;
import app.consilium.testing.TestMail;

/**
 * The first day of an instance, through the real UI: the first admin sets up with the token, invites a
 * requester and a provider by email, and both accept in their own browsers and complete onboarding.
 */
@BrowserTest
@TestPropertySource(properties = "consilium.test.fresh-context=onboarding-browser")
class OnboardingBrowserIT {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("setup, invitations by email, and onboarding of a requester and a provider")
	void firstDay() {
		Page admin = Browsers.person(port);
		setUpFirstAdmin(admin);
		completeProfileAndOrganization(admin, "Ada Admin", "Consilium Operations");
		assertInShell(admin, "Ada Admin");

		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin")).click();
		addSpecialty(admin, "Cardiology");
		addOrganization(admin, "Hale & Partners LLP", "Law firm");
		String requesterEmail = People.uniqueEmail("rita");
		String providerEmail = People.uniqueEmail("paula");
		invite(admin, requesterEmail, "Requester", "Hale & Partners LLP", true);
		invite(admin, providerEmail, "Provider", null, false);

		Page requester = acceptInvitation(requesterEmail, "Rita Requester");
		completeProfileAndOrganization(requester, "Rita Requester", "Hale & Partners LLP");
		assertInShell(requester, "Rita Requester");
		assertThat(nav(requester).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Organization")))
			.isVisible();

		Page provider = acceptInvitation(providerEmail, "Paula Provider");
		provider.getByLabel("Full name").fill("Dr Paula Provider");
		provider.getByLabel("Title").fill("MD, FACC");
		provider.getByLabel("Phone").fill("+1 555 0142");
		provider.getByLabel("Licence number").fill("CA-A123456");
		provider.getByLabel("Short bio").fill("Interventional cardiologist, 15 years of expert review.");
		provider.getByLabel("Cardiology").check();
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		provider.getByLabel("Organization name").fill("Provider Cardiology Practice");
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		assertInShell(provider, "Dr Paula Provider");
		assertThat(nav(provider).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Admin")))
			.hasCount(0);
		Browsers.screenshot(provider, "provider-dashboard");
		Browsers.screenshot(admin, "admin-people");
	}

	private void setUpFirstAdmin(Page admin) {
		admin.navigate("/");
		admin.getByLabel("Setup token").fill(TestEnvironment.SETUP_TOKEN);
		admin.getByLabel("Email").fill(People.ADMIN_EMAIL);
		admin.getByLabel("Full name").fill("Ada Admin");
		admin.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(People.PASSWORD);
		admin.getByLabel("Confirm password").fill(People.PASSWORD);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create administrator")).click();
		admin.waitForURL("**/onboarding");
	}

	private void completeProfileAndOrganization(Page page, String fullName, String organizationName) {
		page.getByLabel("Full name").fill(fullName);
		page.getByLabel("Title").fill("Ms");
		page.getByLabel("Phone").fill("+1 555 0100");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		page.getByLabel("Organization name").fill(organizationName);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
	}

	private void assertInShell(Page page, String fullName) {
		Locator nav = nav(page);
		assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dashboard"))).isVisible();
		assertThat(page.getByRole(AriaRole.BANNER)).containsText(fullName);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
		assertThat(page.getByText("Finish encryption setup before working on cases")).isVisible();
	}

	private static Locator nav(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
	}

	private void addSpecialty(Page admin, String name) {
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Specialties")).click();
		admin.getByLabel("Specialty name").fill(name);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add specialty")).click();
		assertThat(admin.getByRole(AriaRole.MAIN)).containsText(name);
	}

	private void addOrganization(Page admin, String name, String kind) {
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organizations")).click();
		admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		admin.getByLabel("Kind").selectOption(kind);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add organization")).click();
		assertThat(admin.getByRole(AriaRole.MAIN)).containsText(name);
	}

	private void invite(Page admin, String email, String role, String organization, boolean owner) {
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People")).click();
		admin.getByLabel("Email").fill(email);
		admin.getByLabel("Role").selectOption(role);
		if (organization != null) {
			admin.getByLabel("Organization", new Page.GetByLabelOptions().setExact(true)).selectOption(organization);
		}
		if (owner) {
			admin.getByLabel("Organization owner").check();
		}
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
		assertThat(admin.getByRole(AriaRole.MAIN)).containsText(email);
	}

	private Page acceptInvitation(String email, String fullName) {
		String link = TestMail.awaitLink(email, "invited");
		Page page = Browsers.person(port);
		page.navigate(Browsers.localPath(link));
		assertThat(page.getByText(email)).isVisible();
		page.getByLabel("Full name").fill(fullName);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(People.PASSWORD);
		page.getByLabel("Confirm password").fill(People.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept invitation")).click();
		page.waitForURL("**/onboarding");
		return page;
	}

}
