package app.consilium.cases;

import java.util.UUID;

/** Someone left a case: their access ends now, and new content must use keys they never had. */
public record CaseMemberRemoved(UUID caseId, UUID accountId) {
}
