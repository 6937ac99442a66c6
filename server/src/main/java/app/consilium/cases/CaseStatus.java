package app.consilium.cases;

/** The lifecycle of a case (product.md); transitions and their rules come with the lifecycle work. */
public enum CaseStatus {

	NEW, ASSIGNED, ACCEPTED, REJECTED, IN_PROGRESS, RETURNED, DONE, ARCHIVED

}
