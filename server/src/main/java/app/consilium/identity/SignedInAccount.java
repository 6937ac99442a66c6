package app.consilium.identity;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * The principal of a signed-in session. It lives in the session table (serialized), so it holds only what
 * never changes while the session lives: deactivating an account or changing its role ends its sessions.
 * The name is the account id, which is how sessions are found again ("sign out everywhere").
 */
public record SignedInAccount(UUID id, AccountRole role) implements Principal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public String getName() {
		return id.toString();
	}

	public boolean isAdmin() {
		return role == AccountRole.ADMIN;
	}

}
