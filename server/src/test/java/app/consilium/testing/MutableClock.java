package app.consilium.testing;

import java.time.Duration;
import java.time.Instant;

import app.consilium.platform.MicrosecondClock;

/** The application's own clock, plus an offset a test can move forward (expiry, timeouts) and then reset. */
public class MutableClock extends MicrosecondClock {

	private volatile Duration offset = Duration.ZERO;

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return super.instant().plus(offset);
	}

	@Override
	public long millis() {
		return super.millis() + offset.toMillis();
	}

}
