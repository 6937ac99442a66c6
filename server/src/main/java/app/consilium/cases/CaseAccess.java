package app.consilium.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.consilium.identity.SignedInAccount;
import app.consilium.platform.ProblemException;

/**
 * The one place that answers "may this person see this case". Someone who is not on the case gets the
 * same 404 as for a case that does not exist: no hint that it does.
 */
@Service
public class CaseAccess {

	private final CaseMemberRepository members;

	private final CaseRepository cases;

	CaseAccess(CaseMemberRepository members, CaseRepository cases) {
		this.members = members;
		this.cases = cases;
	}

	public CaseMember requireMember(UUID caseId, SignedInAccount who) {
		return members.find(caseId, who.id()).orElseThrow(CaseAccess::notFound);
	}

	public Optional<CaseMember> member(UUID caseId, UUID accountId) {
		return members.find(caseId, accountId);
	}

	public List<CaseMember> members(UUID caseId) {
		return members.of(caseId);
	}

	/** Whether the case still takes changes to what it is about: not once it is Done or archived. */
	public boolean isOpen(UUID caseId) {
		return cases.find(caseId).map(c -> c.status() != CaseStatus.DONE && c.status() != CaseStatus.ARCHIVED)
			.orElse(false);
	}

	public List<UUID> casesOf(UUID accountId) {
		return members.casesOf(accountId);
	}

	static ProblemException notFound() {
		return ProblemException.notFound("The case");
	}

}
