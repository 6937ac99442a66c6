package app.consilium.cases;

/** The two parties of a case: who brought it and who reviews it. Internal memos stay on one side. */
public enum CaseSide {

	REQUESTER, PROVIDER

}
