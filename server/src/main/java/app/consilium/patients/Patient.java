package app.consilium.patients;

import java.time.Instant;
import java.util.UUID;

import app.consilium.platform.ProblemException;

/**
 * A patient as stored: an organization's, with its personal details sealed (content envelope, kind
 * {@value #KIND}, bound to the patient id) by the given generation of the organization's patients key.
 */
record Patient(UUID id, long referenceNumber, UUID organizationId, PatientStatus status, byte[] detailsSealed,
		int generation, UUID createdBy, Instant createdAt, UUID updatedBy, Instant updatedAt, int version) {

	/** The envelope kind of the details (docs/crypto.md §9). */
	static final String KIND = "patient";

	String reference() {
		return PatientReference.format(referenceNumber);
	}

	Patient withDetails(byte[] sealed, int sealedWith, UUID by, Instant at) {
		return new Patient(id, referenceNumber, organizationId, status, sealed, sealedWith, createdBy, createdAt, by, at,
				version);
	}

	Patient deactivated(UUID by, Instant at) {
		if (status == PatientStatus.INACTIVE) {
			throw ProblemException.conflict("patient-inactive", "This patient is already inactive.");
		}
		return withStatus(PatientStatus.INACTIVE, by, at);
	}

	Patient reactivated(UUID by, Instant at) {
		if (status == PatientStatus.ACTIVE) {
			throw ProblemException.conflict("patient-active", "This patient is already active.");
		}
		return withStatus(PatientStatus.ACTIVE, by, at);
	}

	private Patient withStatus(PatientStatus next, UUID by, Instant at) {
		return new Patient(id, referenceNumber, organizationId, next, detailsSealed, generation, createdBy, createdAt,
				by, at, version);
	}

}
