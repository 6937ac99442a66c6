package app.consilium.keys;

import java.util.List;
import java.util.UUID;

/**
 * What a requester's browser needs to open the organization's patients key and to share it with
 * colleagues still waiting: the case keys' view with the organization in the case's place, and the
 * members (active, onboarded requesters) a new generation is for.
 */
record OrganizationKeysView(UUID organizationId, List<CaseKeysView.Generation> generations,
		List<CaseKeysView.Held> grants, List<CaseKeysView.Pending> pending, List<Member> members) {

	record Member(UUID accountId) {
	}

}
