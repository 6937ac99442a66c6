package app.consilium.cases;

import java.time.Instant;
import java.util.UUID;

/** A person on a case, on one side, as creator, collaborator or the case's provider, since when. */
public record CaseMember(UUID caseId, UUID accountId, CaseSide side, Role role, Instant addedAt) {

	public enum Role {

		CREATOR, COLLABORATOR, PROVIDER

	}

	/** Requester-side members manage collaborators; the provider does not. */
	public boolean managesCollaborators() {
		return side == CaseSide.REQUESTER;
	}

}
