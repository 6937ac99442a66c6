package app.consilium.cases;

import static app.consilium.cases.CaseStatus.ACCEPTED;
import static app.consilium.cases.CaseStatus.ARCHIVED;
import static app.consilium.cases.CaseStatus.ASSIGNED;
import static app.consilium.cases.CaseStatus.DONE;
import static app.consilium.cases.CaseStatus.IN_PROGRESS;
import static app.consilium.cases.CaseStatus.NEW;
import static app.consilium.cases.CaseStatus.REJECTED;
import static app.consilium.cases.CaseStatus.RETURNED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The case lifecycle as one table: every move, who may make it, from which statuses, to which, and
 * whether it needs a reason. Nothing else in the code decides whether a transition is allowed.
 *
 * <pre>
 * New --assign--> Assigned --accept--> Accepted --start--> In progress --recommendation/final deliverable--> Done
 *                    +--reject--> Rejected --(admin assigns again)--> Assigned
 *                                       In progress --return--> Returned --answer--> In progress
 * New/Rejected/Done --archive--> Archived --restore--> where it was
 * </pre>
 * An intake request addressed to a named expert waits in New with that expert on it, who accepts or
 * rejects it without an admin step.
 */
public enum CaseAction {

	ASSIGN("assigned", Actor.ADMIN, EnumSet.of(NEW, ASSIGNED, REJECTED), ASSIGNED, false),

	UNASSIGN("unassigned", Actor.ADMIN, EnumSet.of(ASSIGNED), NEW, false),

	ACCEPT("accepted", Actor.PROVIDER, EnumSet.of(NEW, ASSIGNED), ACCEPTED, false),

	REJECT("rejected", Actor.PROVIDER, EnumSet.of(NEW, ASSIGNED), REJECTED, true),

	START("started", Actor.PROVIDER, EnumSet.of(ACCEPTED), IN_PROGRESS, false),

	/** The provider sends the case back with what is missing. */
	RETURN("returned", Actor.PROVIDER, EnumSet.of(IN_PROGRESS), RETURNED, true),

	/** The requester side answers a return, which puts the case back in the provider's hands. */
	ANSWER("answered", Actor.REQUESTER_SIDE, EnumSet.of(RETURNED), IN_PROGRESS, true),

	/**
	 * Done comes from the work, never from a button: {@link CaseCompletion} applies it when the provider
	 * submits the recommendation or delivers the final deliverable.
	 */
	COMPLETE("completed", Actor.THE_WORK, EnumSet.of(IN_PROGRESS), DONE, false),

	/** New means withdrawn by the requester; Rejected means nobody will take it. */
	ARCHIVE("archived", Actor.REQUESTER_SIDE_OR_ADMIN, EnumSet.of(NEW, REJECTED, DONE), ARCHIVED, false),

	/** Back to the status the case was archived from. */
	RESTORE("restored", Actor.REQUESTER_SIDE_OR_ADMIN, EnumSet.of(ARCHIVED), null, false);

	/**
	 * Who may take an action: the platform's admins, the case's provider, or its requester side; or nobody
	 * directly, when the action follows from the work on the case.
	 */
	public enum Actor {

		ADMIN, PROVIDER, REQUESTER_SIDE, REQUESTER_SIDE_OR_ADMIN, THE_WORK;

		boolean includes(Party party) {
			return switch (this) {
				case ADMIN -> party == Party.ADMIN;
				case PROVIDER -> party == Party.PROVIDER;
				case REQUESTER_SIDE -> party == Party.REQUESTER_SIDE;
				case REQUESTER_SIDE_OR_ADMIN -> party == Party.REQUESTER_SIDE || party == Party.ADMIN;
				case THE_WORK -> false;
			};
		}

	}

	/** Who is acting, relative to the case. */
	public enum Party {

		ADMIN, PROVIDER, REQUESTER_SIDE

	}

	private final String done;

	private final Actor actor;

	private final Set<CaseStatus> from;

	private final CaseStatus to;

	private final boolean reasonRequired;

	CaseAction(String done, Actor actor, Set<CaseStatus> from, CaseStatus to, boolean reasonRequired) {
		this.done = done;
		this.actor = actor;
		this.from = from;
		this.to = to;
		this.reasonRequired = reasonRequired;
	}

	/** The name of the action in the activity trail, such as {@code case.accepted}. */
	public String activity() {
		return "case." + done;
	}

	/** The action in a sentence: "a case that is done cannot be <em>accepted</em>". */
	String pastParticiple() {
		return this == COMPLETE ? "completed" : done;
	}

	/** Whether people take this action themselves, through the transitions endpoint. */
	boolean direct() {
		return actor != Actor.THE_WORK;
	}

	public boolean reasonRequired() {
		return reasonRequired;
	}

	public boolean allowedTo(Party party) {
		return actor.includes(party);
	}

	public boolean allowedFrom(CaseStatus status) {
		return from.contains(status);
	}

	/** Whether the party may take this action on a case in this status now. */
	public boolean available(Party party, CaseStatus status) {
		return allowedTo(party) && allowedFrom(status);
	}

	/** The status after the action; restoring goes back to where the case was archived from. */
	public CaseStatus target(CaseStatus archivedFrom) {
		return this == RESTORE ? archivedFrom : to;
	}

}
