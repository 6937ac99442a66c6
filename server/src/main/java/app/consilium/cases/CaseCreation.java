package app.consilium.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.AccountDirectory;
import app.consilium.identity.AccountRole;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * A requester opens a case for their organization, optionally naming the expert it is addressed to. The
 * creator's browser then creates the first case key and grants it (keys feature); until then the case
 * exists but holds no content.
 */
@Service
class CaseCreation {

	private final CaseRepository cases;

	private final CaseMemberRepository members;

	private final AccountDirectory accounts;

	private final Clock clock;

	CaseCreation(CaseRepository cases, CaseMemberRepository members, AccountDirectory accounts, Clock clock) {
		this.cases = cases;
		this.members = members;
		this.accounts = accounts;
		this.clock = clock;
	}

	record Request(String name, EngagementType engagementType, UUID providerId) {
	}

	@Transactional
	MedicalCase create(UUID requesterId, Request request) {
		var requester = accounts.find(requesterId).orElseThrow();
		if (requester.role() != AccountRole.REQUESTER) {
			throw ProblemException.forbidden("requesters-only", "Only requesters open cases.");
		}
		if (!requester.onboarded()) {
			throw ProblemException.forbidden("onboarding-incomplete",
					"Finish onboarding, including encryption setup, before working on cases.");
		}
		if (request.providerId() != null) {
			checkProvider(request.providerId());
		}
		Instant now = clock.instant();
		var medicalCase = new MedicalCase(UUID.randomUUID(), cases.nextReference(), request.name().trim(),
				request.engagementType(), CaseStatus.NEW, requester.organizationId(), requesterId, request.providerId(),
				now, now, 0);
		cases.insert(medicalCase);
		members.add(new CaseMember(medicalCase.id(), requesterId, CaseSide.REQUESTER, CaseMember.Role.CREATOR),
				requesterId, now);
		if (request.providerId() != null) {
			members.add(new CaseMember(medicalCase.id(), request.providerId(), CaseSide.PROVIDER,
					CaseMember.Role.PROVIDER), requesterId, now);
		}
		return medicalCase;
	}

	private void checkProvider(UUID providerId) {
		var provider = accounts.find(providerId)
			.filter(p -> p.role() == AccountRole.PROVIDER && p.active())
			.orElseThrow(() -> new FieldProblem("providerId", "Choose an active provider."));
		if (!provider.onboarded()) {
			throw new FieldProblem("providerId", "This provider has not finished onboarding yet.");
		}
	}

}
