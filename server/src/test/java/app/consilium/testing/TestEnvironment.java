package app.consilium.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points each integration test context at its own fresh database and at the in-process SMTP server, so
 * tests run against the real thing: the real database engine and a real mail server.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String SETUP_TOKEN = "integration-test-setup-token";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = TestDatabase.newDatabaseUrl();
		Map<String, Object> properties = new java.util.HashMap<>();
		properties.put("spring.datasource.url", url);
		if (TestDatabase.isPostgres()) {
			properties.put("spring.datasource.username", TestDatabase.user());
			properties.put("spring.datasource.password", TestDatabase.password());
		}
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", String.valueOf(TestMail.port()));
		properties.put("spring.mail.properties.mail.smtp.starttls.enable", "false");
		properties.put("consilium.mail.poll-interval", "200ms");
		properties.put("consilium.scheduler.polling-interval", "200ms");
		properties.put("consilium.setup-token", SETUP_TOKEN);
		properties.put("consilium.blobs.folder", newBlobFolder());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("consilium-test", properties));
	}

	/** Each context its own blob folder, so a test can look at everything stored and nothing else. */
	private static String newBlobFolder() {
		try {
			return Files.createTempDirectory("consilium-blobs-").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
