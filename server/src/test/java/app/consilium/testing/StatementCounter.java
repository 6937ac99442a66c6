package app.consilium.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements the server prepares while answering HTTP requests (on the web server's
 * threads, so that background tasks do not count), leaving out the session store's, whose writes depend
 * on time rather than on the request. Import it into a test and read {@link #statements()} around the
 * request you measure.
 */
public class StatementCounter {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final List<String> statements = new CopyOnWriteArrayList<>();

	public List<String> statements() {
		return List.copyOf(statements);
	}

	public void reset() {
		statements.clear();
	}

	private DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method, args, result) -> method.getName().equals("getConnection")
				? proxy(Connection.class, result, (connectionMethod, sqlArgs, statement) -> {
					if (STATEMENT_METHODS.contains(connectionMethod.getName()) && onRequestThread()) {
						String sql = sqlArgs == null || sqlArgs.length == 0 ? "" : String.valueOf(sqlArgs[0]);
						if (!sql.toLowerCase(java.util.Locale.ROOT).contains("spring_session")) {
							statements.add(sql);
						}
					}
					return statement;
				}) : result);
	}

	private static boolean onRequestThread() {
		return Thread.currentThread().getName().startsWith("http-nio");
	}

	private interface AfterCall {

		Object apply(Method method, Object[] args, Object result);

	}

	private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
		InvocationHandler handler = (self, method, args) -> {
			try {
				return after.apply(method, args, method.invoke(target, args));
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
		static BeanPostProcessor countingDataSource(ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? counter.getObject().wrap(dataSource) : bean;
				}
			};
		}

	}

}
