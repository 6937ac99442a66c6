package app.consilium.platform.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * Background work runs on db-scheduler over the application's own database: a recurring task runs on one
 * node at a time, and a node that dies mid-run has its work picked up by another. Features contribute
 * {@link RecurringTask} beans; nothing uses node-local timers.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean
	Scheduler scheduler(DataSource dataSource, List<RecurringTask<?>> tasks,
			@Value("${consilium.scheduler.polling-interval:2s}") Duration pollingInterval) {
		return Scheduler.create(dataSource)
			.startTasks(tasks)
			.threads(2)
			.pollingInterval(pollingInterval)
			.tableName("scheduled_tasks")
			.alwaysPersistTimestampInUTC()
			.build();
	}

	/** Starts polling once the application is up, and stops (letting running tasks finish) at shutdown. */
	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				scheduler.start();
				running = true;
			}

			@Override
			public void stop() {
				scheduler.stop();
				running = false;
			}

			@Override
			public boolean isRunning() {
				return running;
			}
		};
	}

}
