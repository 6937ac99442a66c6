package app.consilium.platform;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can move time (token expiry, timeouts) instead of waiting. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** Ticks in microseconds, the precision both databases store, so what is returned is what is stored. */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
