package app.consilium.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL runs, loudly, when no server answers, except on CI (CI=true), where a missing
 * PostgreSQL is a failure: a green build must mean the tests ran on the production database.
 */
public class DatabaseAvailable implements ExecutionCondition {

	private static Boolean reachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.isPostgres()) {
			return ConditionEvaluationResult.enabled("H2 runs in process");
		}
		if (reachable == null) {
			reachable = TestDatabase.postgresReachable();
		}
		if (reachable) {
			return ConditionEvaluationResult.enabled("PostgreSQL answers");
		}
		String message = "PostgreSQL is not reachable at " + TestDatabase.host() + ":" + TestDatabase.port()
				+ ". Install and start it (apt-get install postgresql) or set -Dpg.host/-Dpg.port.";
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(message + " On CI this is a failure, not a skip.");
		}
		System.err.println("\n!!!! SKIPPING POSTGRESQL TESTS: " + message + "\n");
		return ConditionEvaluationResult.disabled(message);
	}

}
