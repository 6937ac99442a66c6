package app.consilium.keys;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseMember;
import app.consilium.platform.ProblemException;

/**
 * For admins: which members of a case still wait for a key, and why. Metadata only: admins are not
 * members, receive no grants and see no content.
 */
@RestController
class AdminKeyStatusController {

	private final CaseKeyGrants grants;

	private final AccountKeysRepository accountKeys;

	private final CaseAccess access;

	AdminKeyStatusController(CaseKeyGrants grants, AccountKeysRepository accountKeys, CaseAccess access) {
		this.grants = grants;
		this.accountKeys = accountKeys;
		this.access = access;
	}

	record MemberKeyStatus(UUID accountId, String fingerprint, List<CaseKeysView.Pending> pending) {
	}

	record KeyStatus(UUID caseId, List<CaseKeysView.Generation> generations, List<MemberKeyStatus> members) {
	}

	@GetMapping("/api/admin/cases/{id}/key-status")
	KeyStatus status(@PathVariable UUID id) {
		List<CaseMember> members = access.members(id);
		if (members.isEmpty()) {
			throw ProblemException.notFound("The case");
		}
		List<CaseKeysView.Pending> pending = grants.pending(id, Entitlement.CASE_SCOPES);
		List<MemberKeyStatus> statuses = members.stream()
			.map(m -> new MemberKeyStatus(m.accountId(),
					accountKeys.find(m.accountId()).map(AccountKeys::fingerprint).orElse(null),
					pending.stream().filter(p -> p.recipientId().equals(m.accountId())).toList()))
			.toList();
		return new KeyStatus(id, grants.generations(id, Entitlement.CASE_SCOPES), statuses);
	}

}
