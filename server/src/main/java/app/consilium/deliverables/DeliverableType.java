package app.consilium.deliverables;

/** The work products an expert engagement asks for (product.md). */
enum DeliverableType {

	EXPERT_REPORT, MEDICAL_RECORD_REVIEW, DEPOSITION_PREPARATION, OTHER

}
