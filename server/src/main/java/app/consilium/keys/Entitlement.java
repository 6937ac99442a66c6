package app.consilium.keys;

import java.util.List;

import app.consilium.cases.CaseMember;
import app.consilium.crypto.KeyScope;

/**
 * Which members hold which keys. Every member holds the case key; the chat key is for the requester side
 * and the provider, and admins are never case members, so no admin ever holds a chat key.
 */
final class Entitlement {

	/** The scopes of a case's keys; the patients scope belongs to organizations. */
	static final List<KeyScope> CASE_SCOPES = List.of(KeyScope.CASE, KeyScope.CHAT);

	private Entitlement() {
	}

	static boolean mayHold(CaseMember member, KeyScope scope) {
		return switch (scope) {
			case CASE, CHAT -> true;
			case PATIENTS -> false;
		};
	}

}
