package app.consilium.notifications;

import static app.consilium.platform.Sql.utc;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Sends what the outbox holds, oldest first, from one node at a time (a db-scheduler recurring task).
 * A sent email's body is blanked: it may hold a single-use link, which has no business staying in the
 * database. Failures are retried on the next runs, up to a limit, and logged without the content.
 */
@Configuration(proxyBeanMethods = false)
class EmailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);

	private static final int MAX_ATTEMPTS = 10;

	record Pending(UUID id, String recipient, String subject, String body) {
	}

	@Bean
	RecurringTask<Void> emailOutboxTask(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${consilium.mail.from:Consilium <no-reply@localhost>}") String from,
			@Value("${consilium.mail.poll-interval:5s}") Duration interval) {
		return Tasks.recurring("email-outbox", FixedDelay.of(interval))
			.execute((instance, context) -> sender.ifAvailable(mail -> sendPending(jdbc, mail, clock, from)));
	}

	static void sendPending(JdbcClient jdbc, JavaMailSender sender, Clock clock, String from) {
		List<Pending> pending = jdbc.sql("""
				select id, recipient, subject, body from email_outbox
				where sent_at is null and attempts < ? order by created_at fetch first 50 rows only""")
			.param(MAX_ATTEMPTS)
			.query(Pending.class)
			.list();
		for (Pending email : pending) {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(email.recipient());
				message.setSubject(email.subject());
				message.setText(email.body());
				sender.send(message);
				jdbc.sql("update email_outbox set sent_at = ?, body = '', attempts = attempts + 1 where id = ?")
					.params(utc(clock.instant()), email.id())
					.update();
			}
			catch (RuntimeException ex) {
				log.warn("Email {} not sent yet: {}", email.id(), ex.getClass().getSimpleName());
				jdbc.sql("update email_outbox set attempts = attempts + 1, last_error = ? where id = ?")
					.params(ex.getClass().getName(), email.id())
					.update();
			}
		}
	}

}
