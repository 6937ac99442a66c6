package app.consilium.cases;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a case (product.md); which moves between them are allowed is {@link CaseAction}'s. */
public enum CaseStatus {

	NEW, ASSIGNED, ACCEPTED, REJECTED, IN_PROGRESS, RETURNED, DONE, ARCHIVED;

	/** The three list views: Active (still being worked or waiting), Completed (Done) and Archived. */
	public enum View {

		ACTIVE(EnumSet.of(NEW, ASSIGNED, ACCEPTED, REJECTED, IN_PROGRESS, RETURNED)), COMPLETED(EnumSet.of(DONE)),
		ARCHIVED(EnumSet.of(CaseStatus.ARCHIVED));

		private final Set<CaseStatus> statuses;

		View(Set<CaseStatus> statuses) {
			this.statuses = statuses;
		}

		public Set<CaseStatus> statuses() {
			return statuses;
		}

	}

	/** A case with a provider working on it, counted against the provider's maximum of open cases. */
	public boolean isOpenForProvider() {
		return this == ASSIGNED || this == ACCEPTED || this == IN_PROGRESS || this == RETURNED;
	}

}
