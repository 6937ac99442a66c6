package app.consilium.keys;

import app.consilium.cases.CaseMember;
import app.consilium.crypto.KeyScope;

/**
 * Which members hold which keys. Every member holds the case key; the chat key is for the requester side
 * and the provider, and admins are never case members, so no admin ever holds a chat key.
 */
final class Entitlement {

	private Entitlement() {
	}

	static boolean mayHold(CaseMember member, KeyScope scope) {
		return switch (scope) {
			case CASE, CHAT -> true;
		};
	}

}
