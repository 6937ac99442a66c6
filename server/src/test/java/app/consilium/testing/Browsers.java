package app.consilium.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, headless, driven by Playwright; nothing is downloaded. One browser per test JVM, and
 * one context (its own cookies and storage: a separate person) per {@link #person(int)}.
 * As a JUnit condition, it skips browser tests loudly when Chromium is missing, and fails them on CI.
 */
public final class Browsers implements ExecutionCondition, AfterTestExecutionCallback {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	private static Browser browser;

	/** The pages of the running test, photographed if it fails. */
	private static final List<Page> pages = new CopyOnWriteArrayList<>();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM)) {
			return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
		}
		String message = "Chromium is not installed at " + CHROMIUM + ": apt-get install chromium";
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(message + ". On CI this is a failure, not a skip.");
		}
		System.err.println("\n!!!! SKIPPING BROWSER TESTS: " + message + "\n");
		return ConditionEvaluationResult.disabled(message);
	}

	/** A new person at the keyboard: a fresh browser context, a page open at the application. */
	public static Page person(int port) {
		BrowserContext context = browser().newContext(new Browser.NewContextOptions()
			.setBaseURL("http://localhost:" + port)
			.setViewportSize(1280, 860)
			.setTimezoneId("Europe/Berlin"));
		context.setDefaultTimeout(15_000);
		Page page = context.newPage();
		pages.add(page);
		return page;
	}

	/** A failed browser test leaves what each of its people saw in target/screenshots. */
	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isPresent()) {
			for (int i = 0; i < pages.size(); i++) {
				try {
					screenshot(pages.get(i), "failed-" + context.getRequiredTestMethod().getName() + "-" + (i + 1));
				}
				catch (RuntimeException ex) {
					// A closed page has nothing to show.
				}
			}
		}
		pages.clear();
	}

	private static synchronized Browser browser() {
		if (browser == null) {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		}
		return browser;
	}

	/** Keeps what a person saw, for people reviewing the build (target/screenshots). */
	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

	/** The path and fragment of an emailed link, to open on this test's server whatever host the email named. */
	public static String localPath(String link) {
		return link.replaceFirst("^https?://[^/]+", "");
	}

}
