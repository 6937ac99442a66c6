package app.consilium.keys;

import java.util.List;

import app.consilium.cases.CaseMember;
import app.consilium.cases.CaseSide;
import app.consilium.crypto.KeyScope;

/**
 * Which members hold which keys. Every member holds the case key; the chat key is for the requester side
 * and the provider, and admins are never case members, so no admin ever holds a chat key. Each side's
 * internal memos have their own key, held by that side's members alone: the other side cannot open them
 * whatever the server hands it.
 */
final class Entitlement {

	/** The scopes of a case's keys; the patients scope belongs to organizations. */
	static final List<KeyScope> CASE_SCOPES = List.of(KeyScope.CASE, KeyScope.CHAT, KeyScope.REQUESTER_MEMOS,
			KeyScope.PROVIDER_MEMOS);

	private Entitlement() {
	}

	static boolean mayHold(CaseMember member, KeyScope scope) {
		return switch (scope) {
			case CASE, CHAT -> true;
			case REQUESTER_MEMOS, PROVIDER_MEMOS -> scope == memosOf(member.side());
			case PATIENTS -> false;
		};
	}

	/** The case scopes a member holds keys of. */
	static List<KeyScope> scopesOf(CaseMember member) {
		return CASE_SCOPES.stream().filter(scope -> mayHold(member, scope)).toList();
	}

	static boolean isMemos(KeyScope scope) {
		return scope == KeyScope.REQUESTER_MEMOS || scope == KeyScope.PROVIDER_MEMOS;
	}

	/** The key that seals one side's internal memos. */
	static KeyScope memosOf(CaseSide side) {
		return switch (side) {
			case REQUESTER -> KeyScope.REQUESTER_MEMOS;
			case PROVIDER -> KeyScope.PROVIDER_MEMOS;
		};
	}

}
