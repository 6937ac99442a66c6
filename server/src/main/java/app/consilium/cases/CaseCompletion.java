package app.consilium.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.platform.ProblemException;

/**
 * Done comes from the work itself: submitting the recommendation of a second opinion, or delivering the
 * final deliverable of an expert engagement (product.md). The feature that records that work calls this in
 * its own transaction, so the work and the status change commit together or not at all.
 */
@Service
public class CaseCompletion {

	/** What completed the case, as the timeline and the activity trail say it. */
	public enum Outcome {

		RECOMMENDATION_SUBMITTED("recommendation submitted"), FINAL_DELIVERABLE_DELIVERED("final deliverable delivered");

		private final String words;

		Outcome(String words) {
			this.words = words;
		}

	}

	private final CaseRepository cases;

	private final CaseTransitions transitions;

	private final CaseActivity activity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseCompletion(CaseRepository cases, CaseTransitions transitions, CaseActivity activity,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.transitions = transitions;
		this.activity = activity;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Moves the case from In progress to Done on behalf of its provider.
	 * @throws ProblemException 409 when the case is not in progress or {@code providerId} is not its
	 * provider; 412 when it changed concurrently
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(UUID caseId, UUID providerId, Outcome outcome) {
		MedicalCase before = cases.find(caseId).orElseThrow(CaseAccess::notFound);
		if (!providerId.equals(before.providerId())) {
			throw ProblemException.forbidden("not-the-provider", "Only the case's provider can complete it.");
		}
		if (!CaseAction.COMPLETE.allowedFrom(before.status())) {
			throw ProblemException.conflict("case-not-in-progress", "Only a case in progress can be completed; this one is "
					+ CaseLifecycle.label(before.status()) + ". Start work on it first.");
		}
		Instant now = clock.instant();
		if (!cases.transition(before, CaseStatus.DONE, before.providerId(), before.doctorName(), null, now)) {
			throw ProblemException.preconditionFailed();
		}
		transitions.insert(caseId, new CaseTransitions.Transition(CaseAction.COMPLETE, before.status(), CaseStatus.DONE,
				providerId, null, outcome.words, now));
		activity.record(caseId, providerId, CaseAction.COMPLETE.activity(), outcome.words);
		events.publishEvent(new CaseCompleted(caseId, providerId, outcome));
	}

}
