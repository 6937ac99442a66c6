package app.consilium.patients;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** For other features (cases): whether a patient exists, whose it is, and whether it is active. */
@Service
public class PatientDirectory {

	private final PatientRepository patients;

	PatientDirectory(PatientRepository patients) {
		this.patients = patients;
	}

	public Optional<PatientRef> find(UUID id) {
		return patients.find(id)
			.map(p -> new PatientRef(p.id(), p.reference(), p.organizationId(), p.status() == PatientStatus.ACTIVE));
	}

}
