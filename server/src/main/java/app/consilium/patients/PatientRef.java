package app.consilium.patients;

import java.util.UUID;

/** What other features may know of a patient: never the personal details, which only requesters' browsers open. */
public record PatientRef(UUID id, String reference, UUID organizationId, boolean active) {
}
