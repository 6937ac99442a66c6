package app.consilium.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
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
 * Applies a {@link CaseAction} to a case: checks it against the lifecycle table, moves the status only if
 * nobody changed the case since the version the person saw, and then changes who is on the case and
 * records the transition and the activity, all in one transaction. Of two people acting on the same
 * version, one wins and the other gets a stale-version problem; nothing of the loser's action remains.
 */
@Service
class CaseLifecycle {

	static final int MAX_REASON = 2000;

	private final CaseRepository cases;

	private final CaseMemberRepository members;

	private final CaseTransitions transitions;

	private final CaseActivity activity;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseLifecycle(CaseRepository cases, CaseMemberRepository members, CaseTransitions transitions,
			CaseActivity activity, AccountDirectory accounts, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.members = members;
		this.transitions = transitions;
		this.activity = activity;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** What someone asks for: the action, why, and for an assignment, whom. */
	record Request(CaseAction action, String reason, UUID providerId, int version) {
	}

	/** Who is acting, relative to the case: an admin, or a member on one side; 404 for anyone else. */
	CaseAction.Party partyOf(MedicalCase medicalCase, SignedInAccount who) {
		if (who.role() == AccountRole.ADMIN) {
			return CaseAction.Party.ADMIN;
		}
		CaseMember member = members.find(medicalCase.id(), who.id()).orElseThrow(CaseAccess::notFound);
		return member.side() == CaseSide.PROVIDER ? CaseAction.Party.PROVIDER : CaseAction.Party.REQUESTER_SIDE;
	}

	@Transactional
	MedicalCase apply(UUID caseId, SignedInAccount who, Request request) {
		MedicalCase before = cases.find(caseId).orElseThrow(CaseAccess::notFound);
		CaseAction action = request.action();
		if (who.role() != AccountRole.ADMIN && members.find(caseId, who.id()).isEmpty()
				&& before.version() != request.version() && transitions.involved(caseId, who.id())) {
			// Taken off the case by the change they did not see (reassigned while accepting): that change
			// wins, and they learn only that the case moved on, as any loser of a race does.
			throw ProblemException.preconditionFailed();
		}
		CaseAction.Party party = partyOf(before, who);
		if (before.version() != request.version()) {
			throw ProblemException.preconditionFailed();
		}
		if (!action.direct()) {
			throw ProblemException.conflict("done-comes-from-the-work", "A case becomes Done when its recommendation is "
					+ "submitted or its final deliverable is delivered, not by itself.");
		}
		if (!action.allowedTo(party)) {
			throw ProblemException.forbidden("not-your-action", "You cannot %s this case.".formatted(verb(action)));
		}
		if (!action.allowedFrom(before.status())) {
			throw ProblemException.conflict("transition-not-allowed", "A case that is %s cannot be %s."
				.formatted(label(before.status()), action.pastParticiple()));
		}
		String reason = reason(action, request.reason());
		UUID providerId = nextProvider(before, action, request.providerId());
		String doctorName = providerId == null ? null
				: providerId.equals(before.providerId()) ? before.doctorName()
						: accounts.find(providerId).orElseThrow().fullName();
		CaseStatus to = action.target(before.archivedFrom());
		CaseStatus archivedFrom = action == CaseAction.ARCHIVE ? before.status() : null;
		Instant now = clock.instant();
		// The status moves first: the row lock makes a concurrent action wait here and then find the version gone.
		if (!cases.transition(before, to, providerId, doctorName, archivedFrom, now)) {
			throw ProblemException.preconditionFailed();
		}
		changeProviderMembership(before, providerId, who.id(), now);
		transitions.insert(caseId, new CaseTransitions.Transition(action, before.status(), to, who.id(),
				action == CaseAction.ASSIGN ? providerId : null, reason, now));
		activity.record(caseId, who.id(), action.activity(), reason);
		return cases.find(caseId).orElseThrow();
	}

	/** The provider after the action: assigned, kept, or gone when they reject or are unassigned. */
	private UUID nextProvider(MedicalCase before, CaseAction action, UUID requestedProvider) {
		return switch (action) {
			case ASSIGN -> {
				if (requestedProvider == null) {
					throw new FieldProblem("providerId", "Choose the provider to assign.");
				}
				if (requestedProvider.equals(before.providerId())) {
					throw ProblemException.conflict("already-assigned", "This provider is already on the case.");
				}
				var provider = accounts.find(requestedProvider)
					.filter(p -> p.role() == AccountRole.PROVIDER && p.active() && p.onboarded())
					.orElseThrow(() -> new FieldProblem("providerId", "Choose an active provider who finished onboarding."));
				yield provider.id();
			}
			case UNASSIGN, REJECT -> null;
			default -> before.providerId();
		};
	}

	/**
	 * A provider who leaves the case (rejected, unassigned, replaced) stops being a member: their grants go
	 * and the next key generation excludes them. A newly assigned provider joins and gets the case key
	 * from the next requester-side browser that is unlocked (pending grants).
	 */
	private void changeProviderMembership(MedicalCase before, UUID providerId, UUID actorId, Instant now) {
		UUID previous = before.providerId();
		if (previous != null && !previous.equals(providerId)) {
			members.remove(before.id(), previous);
			events.publishEvent(new CaseMemberRemoved(before.id(), previous));
		}
		if (providerId != null && !providerId.equals(previous)) {
			members.add(before.id(), providerId, CaseSide.PROVIDER, CaseMember.Role.PROVIDER, actorId, now);
		}
	}

	private static String reason(CaseAction action, String reason) {
		String trimmed = reason == null ? "" : reason.trim();
		if (action.reasonRequired() && trimmed.isEmpty()) {
			throw new FieldProblem("reason", switch (action) {
				case REJECT -> "Say why you reject the case.";
				case RETURN -> "Say what is missing.";
				case ANSWER -> "Answer the provider's question.";
				default -> "Give a reason.";
			});
		}
		if (trimmed.length() > MAX_REASON) {
			throw new FieldProblem("reason", "At most %d characters.".formatted(MAX_REASON));
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	static String label(CaseStatus status) {
		return switch (status) {
			case IN_PROGRESS -> "in progress";
			default -> status.name().toLowerCase(Locale.ROOT);
		};
	}

	private static String verb(CaseAction action) {
		return switch (action) {
			case ANSWER -> "answer a return of";
			default -> action.name().toLowerCase(Locale.ROOT);
		};
	}

}
