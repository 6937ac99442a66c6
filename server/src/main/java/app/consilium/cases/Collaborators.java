package app.consilium.cases;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.AccountDirectory;
import app.consilium.identity.AccountRole;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * Requester-side members add colleagues of their own organization to a case, and remove them. Removal
 * takes effect in the same transaction for the keys too (their grants go, the next key generation
 * excludes them): see {@link CaseMemberRemoved}.
 */
@Service
class Collaborators {

	private final CaseRepository cases;

	private final CaseMemberRepository members;

	private final CaseAccess access;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher events;

	private final CaseActivity activity;

	private final Clock clock;

	Collaborators(CaseRepository cases, CaseMemberRepository members, CaseAccess access, AccountDirectory accounts,
			ApplicationEventPublisher events, CaseActivity activity, Clock clock) {
		this.cases = cases;
		this.members = members;
		this.access = access;
		this.accounts = accounts;
		this.events = events;
		this.activity = activity;
		this.clock = clock;
	}

	@Transactional
	void add(UUID caseId, SignedInAccount who, UUID colleagueId) {
		MedicalCase medicalCase = requireManager(caseId, who);
		var colleague = accounts.find(colleagueId)
			.filter(p -> p.role() == AccountRole.REQUESTER && p.active()
					&& medicalCase.requesterOrganizationId().equals(p.organizationId()))
			.orElseThrow(() -> new FieldProblem("accountId", "Choose an active colleague of your organization."));
		if (members.find(caseId, colleagueId).isPresent()) {
			throw ProblemException.conflict("already-member", "This colleague is already on the case.");
		}
		members.add(caseId, colleague.id(), CaseSide.REQUESTER, CaseMember.Role.COLLABORATOR, who.id(),
				clock.instant());
		activity.record(caseId, who.id(), "collaborator.added", colleague.fullName());
	}

	@Transactional
	void remove(UUID caseId, SignedInAccount who, UUID collaboratorId) {
		requireManager(caseId, who);
		CaseMember member = members.find(caseId, collaboratorId)
			.filter(m -> m.role() == CaseMember.Role.COLLABORATOR)
			.orElseThrow(() -> ProblemException.notFound("The collaborator"));
		members.remove(caseId, member.accountId());
		activity.record(caseId, who.id(), "collaborator.removed",
				accounts.find(member.accountId()).map(AccountDirectory.Person::fullName).orElse(null));
		events.publishEvent(new CaseMemberRemoved(caseId, member.accountId()));
	}

	private MedicalCase requireManager(UUID caseId, SignedInAccount who) {
		CaseMember me = access.requireMember(caseId, who);
		if (!me.managesCollaborators()) {
			throw ProblemException.forbidden("not-requester-side", "Only the requester side manages collaborators.");
		}
		return cases.find(caseId).orElseThrow(CaseAccess::notFound);
	}

}
