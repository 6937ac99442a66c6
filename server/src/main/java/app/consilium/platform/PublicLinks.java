package app.consilium.platform;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links to pages of this instance for emails and copy-paste. A secret (invitation or reset token) goes in
 * the fragment: browsers never send the fragment to a server, so it stays out of access logs and proxies.
 */
@Component
public class PublicLinks {

	private final String base;

	PublicLinks(@Value("${consilium.public-url:http://localhost:8080}") URI base) {
		String text = base.toString();
		this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	public String page(String path) {
		return base + path;
	}

	public String link(String path, String token) {
		return base + path + "#token=" + token;
	}

}
