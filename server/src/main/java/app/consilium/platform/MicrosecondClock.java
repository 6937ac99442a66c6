package app.consilium.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * UTC, truncated to microseconds: the precision both databases store, so what the API returns is what is
 * stored. Not {@code Clock.tick(…, 1 µs)}: on JDK 17 that clock's {@code millis()} divides by zero
 * (JDK-8310232, fixed in 22).
 */
public class MicrosecondClock extends Clock {

	@Override
	public Instant instant() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	@Override
	public long millis() {
		return System.currentTimeMillis();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
