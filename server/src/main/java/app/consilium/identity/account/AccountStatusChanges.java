package app.consilium.identity.account;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.AccountDeactivated;
import app.consilium.identity.signin.Sessions;

/**
 * Deactivation takes effect at once: the account cannot sign in, every open session of it ends, and the
 * features that shared keys with it hear of it ({@link AccountDeactivated}) in the same transaction.
 */
@Service
class AccountStatusChanges {

	private final AccountRepository accounts;

	private final Sessions sessions;

	private final ApplicationEventPublisher events;

	AccountStatusChanges(AccountRepository accounts, Sessions sessions, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.events = events;
	}

	@Transactional
	void deactivate(UUID id) {
		Account account = accounts.get(id);
		accounts.updateStatus(id, AccountStatus.DEACTIVATED);
		sessions.closeAll(id);
		events.publishEvent(new AccountDeactivated(id, account.organizationId()));
	}

	@Transactional
	void reactivate(UUID id) {
		accounts.get(id);
		accounts.updateStatus(id, AccountStatus.ACTIVE);
	}

}
