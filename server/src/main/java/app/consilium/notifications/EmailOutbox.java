package app.consilium.notifications;

import static app.consilium.platform.Sql.utc;

import java.time.Clock;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Emails to send, written in the caller's transaction: if the change rolls back, no email goes out; if it
 * commits, the email goes out even if this node dies now. Without SMTP configured, nothing is queued and
 * callers show links on screen instead ({@link #isEnabled()}).
 */
@Service
public class EmailOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	EmailOutbox(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mailSender) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = mailSender.getIfAvailable() != null;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void enqueue(String recipient, String subject, String body) {
		if (!enabled) {
			return;
		}
		jdbc.sql("insert into email_outbox (id, recipient, subject, body, created_at, attempts) values (?, ?, ?, ?, ?, 0)")
			.params(UUID.randomUUID(), recipient, subject, body, utc(clock.instant()))
			.update();
	}

}
