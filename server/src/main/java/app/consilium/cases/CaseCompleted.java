package app.consilium.cases;

import java.util.UUID;

/**
 * A case became Done: its recommendation was submitted or its final deliverable delivered. Billing drafts
 * the invoice from it, notifications tell the requester side.
 */
public record CaseCompleted(UUID caseId, UUID providerId, CaseCompletion.Outcome outcome) {
}
