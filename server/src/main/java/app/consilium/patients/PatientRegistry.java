package app.consilium.patients;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.crypto.EnvelopeStructure;
import app.consilium.identity.AccountDirectory;
import app.consilium.identity.AccountRole;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * The one place that decides who may see and change patients: requesters of the owning organization.
 * Everyone else learns nothing: a patient of another organization is "not found", the list is refused.
 */
@Service
class PatientRegistry {

	private final PatientRepository patients;

	private final AccountDirectory accounts;

	private final Clock clock;

	PatientRegistry(PatientRepository patients, AccountDirectory accounts, Clock clock) {
		this.patients = patients;
		this.accounts = accounts;
		this.clock = clock;
	}

	List<Patient> page(SignedInAccount me, PatientStatus status, long afterNumber, int limit) {
		return patients.page(organizationOf(me), status, afterNumber, limit);
	}

	Optional<Patient> byReference(SignedInAccount me, long number) {
		return patients.findByReference(organizationOf(me), number);
	}

	Patient get(SignedInAccount me, UUID id) {
		Optional<UUID> organization = requesterOrganization(me);
		return patients.find(id)
			.filter(p -> organization.isPresent() && p.organizationId().equals(organization.get()))
			.orElseThrow(() -> ProblemException.notFound("The patient"));
	}

	@Transactional
	Patient register(SignedInAccount me, UUID id, byte[] details) {
		UUID organization = organizationOf(me);
		int generation = sealedWith(organization, details);
		if (patients.exists(id)) {
			throw ProblemException.conflict("patient-exists", "A patient with this id already exists.");
		}
		Instant now = clock.instant();
		var patient = new Patient(id, patients.nextReferenceNumber(), organization, PatientStatus.ACTIVE, details,
				generation, me.id(), now, me.id(), now, 0);
		patients.insert(patient);
		return get(me, id);
	}

	@Transactional
	Patient edit(SignedInAccount me, UUID id, int version, byte[] details) {
		Patient patient = at(version, get(me, id));
		int generation = sealedWith(patient.organizationId(), details);
		patients.update(patient.withDetails(details, generation, me.id(), clock.instant()));
		return get(me, id);
	}

	@Transactional
	Patient deactivate(SignedInAccount me, UUID id, int version) {
		patients.update(at(version, get(me, id)).deactivated(me.id(), clock.instant()));
		return get(me, id);
	}

	@Transactional
	Patient reactivate(SignedInAccount me, UUID id, int version) {
		patients.update(at(version, get(me, id)).reactivated(me.id(), clock.instant()));
		return get(me, id);
	}

	/** The caller's version, so the update refuses (412) if someone else saved in between. */
	private static Patient at(int version, Patient current) {
		if (current.version() != version) {
			throw ProblemException.preconditionFailed();
		}
		return current;
	}

	private int sealedWith(UUID organization, byte[] details) {
		int generation = EnvelopeStructure.parse(details).generation();
		if (!patients.keyGenerationExists(organization, generation)) {
			throw new FieldProblem("details", "Sealed with a patients key generation your organization does not have.");
		}
		return generation;
	}

	private UUID organizationOf(SignedInAccount me) {
		return requesterOrganization(me).orElseThrow(() -> ProblemException.forbidden("not-a-requester",
				"Patients are kept by requester organizations, for their requesters only."));
	}

	private Optional<UUID> requesterOrganization(SignedInAccount me) {
		if (me.role() != AccountRole.REQUESTER) {
			return Optional.empty();
		}
		return accounts.find(me.id())
			.filter(p -> p.role() == AccountRole.REQUESTER && p.active())
			.map(AccountDirectory.Person::organizationId);
	}

}
