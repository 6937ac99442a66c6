package app.consilium.identity.account;

import java.util.UUID;

import org.springframework.stereotype.Component;

import app.consilium.identity.AccountRole;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.ProblemException;

/** Requester organization owners manage their own organization's members, and no other organization's. */
@Component
public class OrganizationOwnership {

	private final AccountRepository accounts;

	OrganizationOwnership(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/** The organization the signed-in person owns; anyone who owns none is refused (403). */
	public UUID ownedBy(SignedInAccount me) {
		Account account = accounts.get(me.id());
		if (account.role() != AccountRole.REQUESTER || !account.organizationOwner()) {
			throw ProblemException.forbidden("not-organization-owner",
					"Only your organization's owner can manage its members.");
		}
		return account.organizationId();
	}

}
