package app.consilium.identity;

/** The three sides of the platform; the role decides which pages and endpoints a person may use. */
public enum AccountRole {

	/** A member of a law firm, hospital, clinic or insurer who brings cases. */
	REQUESTER,

	/** A medical expert who reviews cases. */
	PROVIDER,

	/** An operator of the platform: invites people, assigns cases, bills; never reads case content unless granted. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
