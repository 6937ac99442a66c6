package app.consilium.deliverables;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseActivity;
import app.consilium.cases.CaseCompletion;
import app.consilium.cases.CaseMember;
import app.consilium.cases.CaseSide;
import app.consilium.cases.CaseStatus;
import app.consilium.cases.EngagementType;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * Requesting, changing and moving deliverables. Each change names the version it was based on, is
 * recorded in the case's activity, and, for the final deliverable of an expert engagement, delivering it
 * completes the case in the same transaction: the delivery and Done commit together or not at all.
 */
@Service
class Deliverables {

	static final int MAX_REASON = 1000;

	private final DeliverableRepository deliverables;

	private final CaseAccess access;

	private final CaseActivity activity;

	private final CaseCompletion completion;

	private final Clock clock;

	Deliverables(DeliverableRepository deliverables, CaseAccess access, CaseActivity activity,
			CaseCompletion completion, Clock clock) {
		this.deliverables = deliverables;
		this.access = access;
		this.activity = activity;
		this.completion = completion;
		this.clock = clock;
	}

	/** What a deliverable is: everything but its status. */
	record Details(DeliverableType type, String title, LocalDate dueDate, UUID assigneeId, boolean isFinal,
			List<UUID> documentIds) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional
	Deliverable create(UUID caseId, SignedInAccount me, Details details) {
		access.requireMember(caseId, me);
		DeliverableRepository.CaseFacts facts = openCase(caseId);
		check(caseId, null, facts, details);
		Instant now = clock.instant();
		var created = new Deliverable(UUID.randomUUID(), caseId, details.type(), details.title().strip(),
				details.dueDate(), DeliverableStatus.REQUESTED, details.assigneeId(), details.isFinal(), null,
				List.copyOf(new HashSet<>(details.documentIds())), me.id(), now, now, 0);
		deliverables.insert(created);
		activity.record(caseId, me.id(), "deliverable.added", details.type().name());
		return deliverables.find(caseId, created.id()).orElseThrow();
	}

	@Transactional
	Deliverable update(UUID caseId, UUID id, SignedInAccount me, int version, Details details) {
		access.requireMember(caseId, me);
		Deliverable before = existing(caseId, id, version);
		DeliverableRepository.CaseFacts facts = openCase(caseId);
		if (before.status() == DeliverableStatus.ACCEPTED) {
			throw ProblemException.conflict("deliverable-accepted", "An accepted deliverable cannot be changed.");
		}
		check(caseId, id, facts, details);
		var after = new Deliverable(id, caseId, details.type(), details.title().strip(), details.dueDate(),
				before.status(), details.assigneeId(), details.isFinal(), before.revisionReason(),
				List.copyOf(new HashSet<>(details.documentIds())), before.createdBy(), before.createdAt(),
				clock.instant(), version);
		if (!deliverables.update(after, version)) {
			throw ProblemException.preconditionFailed();
		}
		activity.record(caseId, me.id(), "deliverable.updated", details.type().name());
		return deliverables.find(caseId, id).orElseThrow();
	}

	/**
	 * Moves a deliverable along {@link DeliverableAction}'s table. Accepting is the one move a Done case
	 * still takes: delivering the final deliverable is what made it Done, and the requester reviews it after.
	 */
	@Transactional
	Deliverable transition(UUID caseId, UUID id, SignedInAccount me, int version, DeliverableAction action,
			String reason) {
		CaseMember member = access.requireMember(caseId, me);
		Deliverable before = existing(caseId, id, version);
		if (!action.allowedTo(member.side())) {
			throw ProblemException.forbidden("not-your-action", member.side() == CaseSide.PROVIDER
					? "The requester side accepts deliverables or asks for a revision."
					: "The provider side starts and delivers deliverables.");
		}
		if (!action.allowedFrom(before.status())) {
			throw ProblemException.conflict("transition-not-allowed", "A deliverable that is %s cannot be %s."
				.formatted(words(before.status()), words(action)));
		}
		DeliverableRepository.CaseFacts facts = action == DeliverableAction.ACCEPT ? caseFacts(caseId) : openCase(caseId);
		if (facts.status() == CaseStatus.ARCHIVED) {
			throw closed();
		}
		String revisionReason = revisionReason(action, reason, before);
		Instant now = clock.instant();
		if (!deliverables.transition(id, version, action.target(), revisionReason, now)) {
			throw ProblemException.preconditionFailed();
		}
		activity.record(caseId, me.id(), action.activity(),
				action == DeliverableAction.REQUEST_REVISION ? revisionReason : before.type().name());
		if (action == DeliverableAction.DELIVER && before.isFinal()
				&& facts.engagementType() == EngagementType.EXPERT_ENGAGEMENT) {
			completion.complete(caseId, me.id(), CaseCompletion.Outcome.FINAL_DELIVERABLE_DELIVERED);
		}
		return deliverables.find(caseId, id).orElseThrow();
	}

	/** The moves a side may make on a deliverable now, given where the case stands. */
	Set<DeliverableAction> available(Deliverable d, CaseSide side, DeliverableRepository.CaseFacts facts) {
		Set<DeliverableAction> actions = new HashSet<>();
		for (DeliverableAction action : DeliverableAction.values()) {
			boolean caseAllows = facts.open()
					|| action == DeliverableAction.ACCEPT && facts.status() != CaseStatus.ARCHIVED;
			if (caseAllows && action.allowedTo(side) && action.allowedFrom(d.status())) {
				actions.add(action);
			}
		}
		return actions;
	}

	/** Whether the deliverable's details may still change: on an open case, until accepted. */
	boolean editable(Deliverable d, DeliverableRepository.CaseFacts facts) {
		return facts.open() && d.status() != DeliverableStatus.ACCEPTED;
	}

	DeliverableRepository.CaseFacts caseFacts(UUID caseId) {
		return deliverables.caseFacts(caseId).orElseThrow(() -> ProblemException.notFound("The case"));
	}

	private DeliverableRepository.CaseFacts openCase(UUID caseId) {
		DeliverableRepository.CaseFacts facts = caseFacts(caseId);
		if (!facts.open()) {
			throw closed();
		}
		return facts;
	}

	private Deliverable existing(UUID caseId, UUID id, int version) {
		Deliverable d = deliverables.find(caseId, id).orElseThrow(() -> ProblemException.notFound("The deliverable"));
		if (d.version() != version) {
			throw ProblemException.preconditionFailed();
		}
		return d;
	}

	/** Only an expert engagement has a final deliverable, one at most; assignees and attachments are the case's. */
	private void check(UUID caseId, UUID id, DeliverableRepository.CaseFacts facts, Details details) {
		if (details.isFinal()) {
			if (facts.engagementType() != EngagementType.EXPERT_ENGAGEMENT) {
				throw new FieldProblem("finalDeliverable",
						"Only an expert engagement has a final deliverable; a second opinion ends with its recommendation.");
			}
			// The case's row lock until this transaction ends: two requests marking a final deliverable at once
			// take turns, and the second finds the first's.
			deliverables.lockCase(caseId);
			if (deliverables.hasOtherFinal(caseId, id)) {
				throw new FieldProblem("finalDeliverable", "This case already has a final deliverable.");
			}
		}
		if (details.assigneeId() != null && access.member(caseId, details.assigneeId()).isEmpty()) {
			throw new FieldProblem("assigneeId", "The assignee must be a member of the case.");
		}
		Set<UUID> wanted = new HashSet<>(details.documentIds());
		if (!deliverables.documentsOfCase(caseId, wanted).equals(wanted)) {
			throw new FieldProblem("documentIds", "Only documents of this case can be attached.");
		}
	}

	private static String revisionReason(DeliverableAction action, String reason, Deliverable before) {
		if (!action.reasonRequired()) {
			// A revision request stands until the work is delivered again.
			return action == DeliverableAction.DELIVER ? null : before.revisionReason();
		}
		if (reason == null || reason.isBlank()) {
			throw new FieldProblem("reason", "Say what the revision should change.");
		}
		return reason.strip();
	}

	private static ProblemException closed() {
		return ProblemException.conflict("case-closed", "The case is done or archived; its deliverables no longer change.");
	}

	private static String words(DeliverableStatus status) {
		return status.name().toLowerCase().replace('_', ' ');
	}

	private static String words(DeliverableAction action) {
		return switch (action) {
			case START -> "started";
			case DELIVER -> "delivered";
			case ACCEPT -> "accepted";
			case REQUEST_REVISION -> "sent back for revision";
		};
	}

}
