package app.consilium.identity.signin;

import static app.consilium.platform.Sql.utc;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Forgets what sign-in no longer needs, hourly on one node: failures older than a day (the throttle looks
 * at minutes) and reset links that expired a week ago.
 */
@Configuration(proxyBeanMethods = false)
class Housekeeping {

	@Bean
	RecurringTask<Void> signInHousekeeping(SignInThrottle throttle, JdbcClient jdbc, Clock clock) {
		return Tasks.recurring("sign-in-housekeeping", FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> {
			throttle.forgetBefore(clock.instant().minus(Duration.ofDays(1)));
			jdbc.sql("delete from password_reset where expires_at < ?")
				.param(utc(clock.instant().minus(Duration.ofDays(7))))
				.update();
		});
	}

}
