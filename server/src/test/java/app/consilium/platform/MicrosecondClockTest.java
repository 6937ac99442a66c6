package app.consilium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The production clock: every reading the application makes works on the JDK it runs on. */
class MicrosecondClockTest {

	private final MicrosecondClock clock = new MicrosecondClock();

	@Test
	@DisplayName("millis() works (Clock.tick with a sub-millisecond step divides by zero on JDK 17)")
	void millis() {
		assertThat(clock.millis()).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(1_000L));
	}

	@Test
	@DisplayName("instants carry at most microseconds, what the databases store")
	void microseconds() {
		var instant = clock.instant();
		assertThat(instant).isEqualTo(instant.truncatedTo(ChronoUnit.MICROS));
	}

}
