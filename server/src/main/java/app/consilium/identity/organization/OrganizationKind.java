package app.consilium.identity.organization;

/** What an organization is; the kind decides which side its members are on. */
public enum OrganizationKind {

	LAW_FIRM, HOSPITAL, CLINIC, INSURER, PRACTICE, OPERATOR, OTHER;

	/** Law firms, hospitals, clinics, insurers and others bring cases: their members are requesters. */
	public boolean isRequesterSide() {
		return this != PRACTICE && this != OPERATOR;
	}

}
