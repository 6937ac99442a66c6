package app.consilium.cases;

import static app.consilium.platform.Sql.utc;

import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every change to a case moves its Last Activity, which the case lists show and sort by. */
@Service
public class CaseActivity {

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseActivity(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void touch(UUID caseId) {
		jdbc.sql("update medical_case set last_activity_at = ? where id = ?").params(utc(clock.instant()), caseId).update();
	}

}
