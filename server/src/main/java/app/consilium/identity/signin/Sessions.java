package app.consilium.identity.signin;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import app.consilium.identity.SignedInAccount;
import app.consilium.identity.account.Account;

/**
 * Opens and ends sessions. Sessions live in the database, indexed by account id, so any node can end all
 * of a person's sessions (deactivation, password change, "sign out everywhere").
 */
@Component
public class Sessions {

	static final String SIGNED_IN_AT = "consilium.signedInAt";

	private final SecurityContextRepository contexts;

	private final FindByIndexNameSessionRepository<? extends Session> store;

	private final Clock clock;

	Sessions(SecurityContextRepository contexts, FindByIndexNameSessionRepository<? extends Session> store, Clock clock) {
		this.contexts = contexts;
		this.store = store;
		this.clock = clock;
	}

	/** Signs the account in on this request: a fresh session id (no fixation), the principal, the sign-in time. */
	public void open(Account account, HttpServletRequest request, HttpServletResponse response) {
		var principal = new SignedInAccount(account.id(), account.role());
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(account.role().authority())));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		request.getSession(true).setAttribute(SIGNED_IN_AT, clock.millis());
		contexts.saveContext(context, request, response);
	}

	/** Ends the session of this request. */
	public void close(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

	/** Ends every session of the account, on every node. */
	public void closeAll(UUID accountId) {
		store.findByPrincipalName(accountId.toString()).keySet().forEach(store::deleteById);
	}

	public int count(UUID accountId) {
		return store.findByPrincipalName(accountId.toString()).size();
	}

}
