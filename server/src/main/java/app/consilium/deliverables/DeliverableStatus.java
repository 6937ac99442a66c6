package app.consilium.deliverables;

/** Where a deliverable stands; which moves are allowed is {@link DeliverableAction}'s. */
enum DeliverableStatus {

	REQUESTED, IN_PROGRESS, DELIVERED, ACCEPTED, REVISION_REQUESTED;

	/** Still owed by the provider side: what can become overdue. */
	boolean outstanding() {
		return this != DELIVERED && this != ACCEPTED;
	}

}
