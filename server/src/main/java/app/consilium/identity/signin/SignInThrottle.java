package app.consilium.identity.signin;

import static app.consilium.platform.Sql.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.consilium.platform.ProblemException;

/**
 * Slows down password guessing: after too many failures for one account, or from one address, within the
 * window, sign-in is refused (429) until the oldest failure leaves the window. Counted in the database so
 * every node sees the same numbers.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration window;

	private final int perAccount;

	private final int perAddress;

	SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${consilium.sign-in.throttle.window:15m}") Duration window,
			@Value("${consilium.sign-in.throttle.per-account:5}") int perAccount,
			@Value("${consilium.sign-in.throttle.per-address:50}") int perAddress) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.window = window;
		this.perAccount = perAccount;
		this.perAddress = perAddress;
	}

	void checkAllowed(String email, String address) {
		Instant since = clock.instant().minus(window);
		refuseIfOver("email", email, perAccount, since, "for this account");
		refuseIfOver("client_ip", address, perAddress, since, "from your network address");
	}

	void recordFailure(String email, String address) {
		jdbc.sql("insert into sign_in_failure (id, email, client_ip, occurred_at) values (?, ?, ?, ?)")
			.params(UUID.randomUUID(), email, address, utc(clock.instant()))
			.update();
	}

	void clearFailures(String email) {
		jdbc.sql("delete from sign_in_failure where email = ?").param(email).update();
	}

	/** Old failures no longer count; deleting them keeps the table small. */
	void forgetBefore(Instant cutoff) {
		jdbc.sql("delete from sign_in_failure where occurred_at < ?").param(utc(cutoff)).update();
	}

	private void refuseIfOver(String column, String value, int limit, Instant since, String scope) {
		var failures = jdbc.sql("select occurred_at from sign_in_failure where " + column + " = ? and occurred_at >= ? order by occurred_at")
			.params(value, utc(since))
			.query(java.time.OffsetDateTime.class)
			.list();
		if (failures.size() >= limit) {
			Instant retryAt = failures.get(failures.size() - limit).toInstant().plus(window);
			long minutes = Math.max(1, Duration.between(clock.instant(), retryAt).toSeconds() / 60 + 1);
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts",
					"Too many failed sign-in attempts " + scope + ". Try again in " + minutes
							+ (minutes == 1 ? " minute." : " minutes."));
		}
	}

}
