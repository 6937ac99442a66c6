package app.consilium.cases;

/** How soon a second opinion is needed; the admin weighs it when assigning. */
public enum Urgency {

	ROUTINE, URGENT, EMERGENT

}
