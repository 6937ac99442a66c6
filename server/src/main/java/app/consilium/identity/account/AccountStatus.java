package app.consilium.identity.account;

/** A deactivated account cannot sign in and has no sessions; reactivating it restores everything else. */
public enum AccountStatus {

	ACTIVE, DEACTIVATED

}
