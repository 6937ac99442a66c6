package app.consilium.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where the application can be opened, once it can. */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final PublicLinks links;

	ReadyBanner(PublicLinks links) {
		this.links = links;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		log.info("Consilium is ready at {}", links.page("/"));
	}

}
