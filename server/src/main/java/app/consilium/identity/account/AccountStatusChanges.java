package app.consilium.identity.account;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.signin.Sessions;

/** Deactivation takes effect at once: the account cannot sign in and every open session of it ends. */
@Service
class AccountStatusChanges {

	private final AccountRepository accounts;

	private final Sessions sessions;

	AccountStatusChanges(AccountRepository accounts, Sessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@Transactional
	void deactivate(UUID id) {
		accounts.get(id);
		accounts.updateStatus(id, AccountStatus.DEACTIVATED);
		sessions.closeAll(id);
	}

	@Transactional
	void reactivate(UUID id) {
		accounts.get(id);
		accounts.updateStatus(id, AccountStatus.ACTIVE);
	}

}
