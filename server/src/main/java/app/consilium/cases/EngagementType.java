package app.consilium.cases;

/** Both kinds of work run on the same case; the type changes labels, defaults and which tabs lead. */
public enum EngagementType {

	/** A healthcare institution asks a specialist for a second opinion on a patient. */
	SECOND_OPINION,

	/** A law firm or insurer engages a medical expert (expert witness, record review). */
	EXPERT_ENGAGEMENT

}
