package app.consilium.deliverables;

import static app.consilium.deliverables.DeliverableStatus.ACCEPTED;
import static app.consilium.deliverables.DeliverableStatus.DELIVERED;
import static app.consilium.deliverables.DeliverableStatus.IN_PROGRESS;
import static app.consilium.deliverables.DeliverableStatus.REQUESTED;
import static app.consilium.deliverables.DeliverableStatus.REVISION_REQUESTED;

import java.util.EnumSet;
import java.util.Set;

import app.consilium.cases.CaseSide;

/**
 * A deliverable's status moves as one table: who may make each move, from where, to where, and whether
 * it needs a reason. Nothing else changes a deliverable's status.
 *
 * <pre>
 * Requested --start--> In progress --deliver--> Delivered --accept--> Accepted
 *                          ^                        +--request revision--> Revision requested --start--+
 * </pre>
 * The provider side does the work; the requester side judges it.
 */
enum DeliverableAction {

	START("started", CaseSide.PROVIDER, EnumSet.of(REQUESTED, REVISION_REQUESTED), IN_PROGRESS, false),

	DELIVER("delivered", CaseSide.PROVIDER, EnumSet.of(IN_PROGRESS), DELIVERED, false),

	ACCEPT("accepted", CaseSide.REQUESTER, EnumSet.of(DELIVERED), ACCEPTED, false),

	/** The requester side sends the work back, saying what is missing. */
	REQUEST_REVISION("revision-requested", CaseSide.REQUESTER, EnumSet.of(DELIVERED), REVISION_REQUESTED, true);

	private final String done;

	private final CaseSide side;

	private final Set<DeliverableStatus> from;

	private final DeliverableStatus to;

	private final boolean reasonRequired;

	DeliverableAction(String done, CaseSide side, Set<DeliverableStatus> from, DeliverableStatus to,
			boolean reasonRequired) {
		this.done = done;
		this.side = side;
		this.from = from;
		this.to = to;
		this.reasonRequired = reasonRequired;
	}

	/** The name of the move in the case's activity trail, such as {@code deliverable.delivered}. */
	String activity() {
		return "deliverable." + done;
	}

	boolean allowedTo(CaseSide party) {
		return side == party;
	}

	boolean allowedFrom(DeliverableStatus status) {
		return from.contains(status);
	}

	DeliverableStatus target() {
		return to;
	}

	boolean reasonRequired() {
		return reasonRequired;
	}

}
