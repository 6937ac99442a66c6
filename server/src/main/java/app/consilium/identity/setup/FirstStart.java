package app.consilium.identity.setup;

import static app.consilium.platform.Sql.utc;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.account.AccountRepository;
import app.consilium.identity.account.Tokens;
import app.consilium.platform.PublicLinks;

/**
 * There is no default password. Until the first administrator exists, each start issues a one-time setup
 * token (or takes CONSILIUM_SETUP_TOKEN) and prints where to use it; only its hash is stored, and it dies
 * when the administrator is created. A token printed by an earlier start stops working.
 */
@Component
class FirstStart {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final PublicLinks links;

	private final Clock clock;

	private final String configuredToken;

	FirstStart(AccountRepository accounts, JdbcClient jdbc, PublicLinks links, Clock clock,
			@Value("${consilium.setup-token:}") String configuredToken) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.links = links;
		this.clock = clock;
		this.configuredToken = configuredToken;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void issueSetupTokenIfNeeded() {
		if (accounts.anyAdmin()) {
			return;
		}
		boolean configured = !configuredToken.isBlank();
		String token = configured ? configuredToken : Tokens.newToken();
		jdbc.sql("delete from setup_token").update();
		jdbc.sql("insert into setup_token (id, token_hash, created_at) values (1, ?, ?)")
			.params(Tokens.hash(token), utc(clock.instant()))
			.update();
		if (configured) {
			log.warn("Consilium has no administrator yet. Open {} and enter the setup token from CONSILIUM_SETUP_TOKEN.",
					links.page("/setup"));
		}
		else {
			log.warn("Consilium has no administrator yet. Open {} and enter this one-time setup token: {}",
					links.page("/setup"), token);
		}
	}

}
