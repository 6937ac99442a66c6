package app.consilium.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.AccountDirectory;
import app.consilium.identity.AccountRole;
import app.consilium.patients.PatientDirectory;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * A requester opens a case for their organization: a second opinion on one of its patients, which an
 * admin assigns, or an intake request to a named expert (who accepts it directly) or to any suitable
 * expert of a specialty (which an admin assigns). The creator's browser then creates the first case key
 * and seals the clinical details with it; until then the case holds no content.
 */
@Service
class CaseCreation {

	private final CaseRepository cases;

	private final CaseMemberRepository members;

	private final CaseActivity activity;

	private final AccountDirectory accounts;

	private final PatientDirectory patients;

	private final Clock clock;

	CaseCreation(CaseRepository cases, CaseMemberRepository members, CaseActivity activity,
			AccountDirectory accounts, PatientDirectory patients, Clock clock) {
		this.cases = cases;
		this.members = members;
		this.activity = activity;
		this.accounts = accounts;
		this.patients = patients;
		this.clock = clock;
	}

	record Request(EngagementType engagementType, String name, String description, UUID specialtyId,
			Urgency urgency, LocalDate dueDate, UUID patientId, UUID providerId, ExpertService expertService,
			String matterReference) {
	}

	@Transactional
	MedicalCase create(UUID requesterId, Request request) {
		var requester = accounts.find(requesterId).orElseThrow();
		if (requester.role() != AccountRole.REQUESTER) {
			throw ProblemException.forbidden("requesters-only", "Only requesters open cases.");
		}
		if (!requester.onboarded()) {
			throw ProblemException.forbidden("onboarding-incomplete",
					"Finish onboarding, including encryption setup, before working on cases.");
		}
		switch (request.engagementType()) {
			case SECOND_OPINION -> {
				checkSecondOpinion(request);
				checkPatient(request.patientId(), requester.organizationId());
			}
			case EXPERT_ENGAGEMENT -> checkIntakeRequest(request);
		}
		if (request.specialtyId() != null && accounts.specialtyNames(Set.of(request.specialtyId())).isEmpty()) {
			throw new FieldProblem("specialtyId", "Choose one of the platform's specialties.");
		}
		Instant now = clock.instant();
		if (request.dueDate() != null && request.dueDate().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			throw new FieldProblem("dueDate", "The due date is in the past.");
		}
		String doctorName = request.providerId() == null ? null : checkProvider(request.providerId()).fullName();
		var details = new MedicalCase.Details(blankToNull(request.description()), request.specialtyId(),
				request.urgency(), request.dueDate(), request.patientId(), request.expertService(),
				blankToNull(request.matterReference()));
		var medicalCase = new MedicalCase(UUID.randomUUID(), cases.nextReference(), request.name().trim(),
				request.engagementType(), CaseStatus.NEW, requester.organizationId(), requesterId, request.providerId(),
				doctorName, null, details, now, now, 0);
		cases.insert(medicalCase);
		members.add(medicalCase.id(), requesterId, CaseSide.REQUESTER, CaseMember.Role.CREATOR, requesterId, now);
		if (request.providerId() != null) {
			members.add(medicalCase.id(), request.providerId(), CaseSide.PROVIDER, CaseMember.Role.PROVIDER,
					requesterId, now);
		}
		activity.record(medicalCase.id(), requesterId, "case.created", null);
		return medicalCase;
	}

	private static void checkSecondOpinion(Request request) {
		if (request.specialtyId() == null) {
			throw new FieldProblem("specialtyId", "Choose the specialty you want an opinion from.");
		}
		if (request.urgency() == null) {
			throw new FieldProblem("urgency", "Say how urgent the opinion is.");
		}
		if (request.providerId() != null) {
			throw new FieldProblem("providerId", "An admin assigns second opinions to a provider.");
		}
		if (request.expertService() != null) {
			throw new FieldProblem("expertService", "Second opinions have no expert service.");
		}
	}

	/** Another organization's patient gets the same answer as one that does not exist. */
	private void checkPatient(UUID patientId, UUID organizationId) {
		if (patientId == null) {
			throw new FieldProblem("patientId", "Choose the patient.");
		}
		var patient = patients.find(patientId)
			.filter(p -> p.organizationId().equals(organizationId))
			.orElseThrow(() -> new FieldProblem("patientId", "Choose a patient of your organization."));
		if (!patient.active()) {
			throw new FieldProblem("patientId", "This patient is deactivated; reactivate them or choose another.");
		}
	}

	private static void checkIntakeRequest(Request request) {
		if (request.expertService() == null) {
			throw new FieldProblem("expertService", "Choose what you engage the expert for.");
		}
		if (request.providerId() == null && request.specialtyId() == null) {
			throw new FieldProblem("providerId", "Choose an expert, or a specialty for any suitable expert.");
		}
		if (request.patientId() != null || request.urgency() != null) {
			throw new FieldProblem(request.patientId() != null ? "patientId" : "urgency",
					"Intake requests name a matter, not a patient or an urgency.");
		}
	}

	private AccountDirectory.Person checkProvider(UUID providerId) {
		var provider = accounts.find(providerId)
			.filter(p -> p.role() == AccountRole.PROVIDER && p.active())
			.orElseThrow(() -> new FieldProblem("providerId", "Choose an active provider."));
		if (!provider.onboarded()) {
			throw new FieldProblem("providerId", "This provider has not finished onboarding yet.");
		}
		return provider;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
