package app.consilium.platform.web;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the built front end from {@code classpath:/static/}: hashed assets are cached for a year, and any
 * other path that is not a file (a client-side route such as /admin/people) gets index.html, never cached,
 * so a new release is picked up at the next navigation. API paths are never answered with the page.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppConfiguration implements WebMvcConfigurer {

	private static final ClassPathResource INDEX = new ClassPathResource("static/index.html");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable());
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true)
			.addResolver(new IndexFallbackResolver());
	}

	private static final class IndexFallbackResolver extends PathResourceResolver {

		@Override
		protected Resource getResource(String path, Resource location) throws IOException {
			Resource file = location.createRelative(path);
			if (file.exists() && file.isReadable()) {
				return file;
			}
			boolean clientRoute = !path.startsWith("api/") && !path.startsWith("actuator/") && !path.contains(".");
			return clientRoute && INDEX.exists() ? INDEX : null;
		}

	}

}
