package app.consilium.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the server prepares while answering HTTP requests (on the web server's
 * threads, so that background tasks do not count). Import it into a test and read {@link #count()}
 * around the request you measure.
 */
public class StatementCounter {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicInteger statements = new AtomicInteger();

	public int count() {
		return statements.get();
	}

	public void reset() {
		statements.set(0);
	}

	private DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method, result) -> method.getName().equals("getConnection")
				? proxy(Connection.class, result, (connectionMethod, statement) -> {
					if (STATEMENT_METHODS.contains(connectionMethod.getName()) && onRequestThread()) {
						statements.incrementAndGet();
					}
					return statement;
				}) : result);
	}

	private static boolean onRequestThread() {
		return Thread.currentThread().getName().startsWith("http-nio");
	}

	private interface AfterCall {

		Object apply(Method method, Object result);

	}

	private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
		InvocationHandler handler = (self, method, args) -> {
			try {
				return after.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	/** Put it in a test with {@code @Import(StatementCounter.Configuration.class)}. */
	@TestConfiguration
	public static class Configuration {

		@Bean
		StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? counter.getObject().wrap(dataSource) : bean;
				}
			};
		}

	}

}
