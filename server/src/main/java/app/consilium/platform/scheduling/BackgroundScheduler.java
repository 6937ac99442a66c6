package app.consilium.platform.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * Background work runs on db-scheduler over the application's own database: a recurring task runs on one
 * node at a time, and a node that dies mid-run has its work picked up by another. Features contribute
 * {@link RecurringTask} beans; nothing uses node-local timers. A db-scheduler instance cannot be started
 * again once stopped, so each start of the application context builds a new one.
 */
@Component
class BackgroundScheduler implements SmartLifecycle {

	private final DataSource dataSource;

	private final List<RecurringTask<?>> tasks;

	private final Duration pollingInterval;

	private volatile Scheduler scheduler;

	BackgroundScheduler(DataSource dataSource, List<RecurringTask<?>> tasks,
			@Value("${consilium.scheduler.polling-interval:2s}") Duration pollingInterval) {
		this.dataSource = dataSource;
		this.tasks = tasks;
		this.pollingInterval = pollingInterval;
	}

	@Override
	public synchronized void start() {
		scheduler = Scheduler.create(dataSource)
			.startTasks(tasks)
			.threads(2)
			.pollingInterval(pollingInterval)
			.tableName("scheduled_tasks")
			.alwaysPersistTimestampInUTC()
			.build();
		scheduler.start();
	}

	/** Lets running tasks finish; what is left is picked up at the next start, here or on another node. */
	@Override
	public synchronized void stop() {
		scheduler.stop();
		scheduler = null;
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
