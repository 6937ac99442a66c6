package app.consilium.platform.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents move through the server in 8 MiB chunks: Tomcat's default 8 KiB socket buffers would cost a
 * thousand reads and copies per chunk. 64 KiB buffers per connection cut that eightfold (bench/documents).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorBuffers {

	private static final String BUFFER = String.valueOf(64 * 1024);

	@Bean
	TomcatConnectorCustomizer largerSocketBuffers() {
		return connector -> {
			connector.setProperty("socket.appReadBufSize", BUFFER);
			connector.setProperty("socket.appWriteBufSize", BUFFER);
		};
	}

}
