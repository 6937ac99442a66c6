package app.consilium.cases;

/** What a law firm or insurer engages the expert for (the intake request's engagement type). */
public enum ExpertService {

	EXPERT_WITNESS, RECORD_REVIEW, INDEPENDENT_MEDICAL_EXAMINATION, CONSULTATION, OTHER

}
