package app.consilium.patients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.crypto.Base64Url;
import app.consilium.crypto.EnvelopeStructure;
import app.consilium.crypto.InvalidStructureException;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.Versions;

/**
 * An organization's patients. The browser chooses a new patient's id, because the sealed details are bound
 * to it (the associated data names organization, kind "patient" and id): the server cannot move them to
 * another patient. Lists are keyset pages in reference order; a full reference finds one patient.
 */
@RestController
class PatientsController {

	/** 8 KiB of details, sealed and base64url-encoded, with room to spare. */
	private static final int MAX_ENCODED_DETAILS = 12 * 1024;

	private static final int DEFAULT_LIMIT = 50;

	private final PatientRegistry registry;

	PatientsController(PatientRegistry registry) {
		this.registry = registry;
	}

	record NewPatient(@NotNull UUID id, @NotBlank @Size(max = MAX_ENCODED_DETAILS) String details) {
	}

	record ChangedDetails(@NotBlank @Size(max = MAX_ENCODED_DETAILS) String details) {
	}

	record PatientView(UUID id, String reference, PatientStatus status, String details, int generation,
			UUID createdBy, Instant createdAt, UUID updatedBy, Instant updatedAt, int version) {

		static PatientView of(Patient p) {
			return new PatientView(p.id(), p.reference(), p.status(), Base64Url.encode(p.detailsSealed()),
					p.generation(), p.createdBy(), p.createdAt(), p.updatedBy(), p.updatedAt(), p.version());
		}

	}

	/** @param next the {@code after} of the next page, or {@code null} on the last one */
	record PatientPage(List<PatientView> items, String next) {
	}

	@GetMapping("/api/patients")
	PatientPage list(@AuthenticationPrincipal SignedInAccount me, @RequestParam(required = false) PatientStatus status,
			@RequestParam(required = false) String after, @RequestParam(required = false) String reference,
			@RequestParam(defaultValue = "" + DEFAULT_LIMIT) @Min(1) @Max(500) int limit) {
		if (reference != null) {
			long number = referenceNumber("reference", reference);
			return new PatientPage(registry.byReference(me, number).map(PatientView::of).stream().toList(), null);
		}
		long afterNumber = after == null || after.isBlank() ? 0 : referenceNumber("after", after);
		List<PatientView> items = registry.page(me, status, afterNumber, limit).stream().map(PatientView::of).toList();
		String next = items.size() == limit ? items.get(items.size() - 1).reference() : null;
		return new PatientPage(items, next);
	}

	@GetMapping("/api/patients/{id}")
	ResponseEntity<PatientView> get(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		return withEtag(HttpStatus.OK, registry.get(me, id));
	}

	@PostMapping("/api/patients")
	ResponseEntity<PatientView> create(@AuthenticationPrincipal SignedInAccount me,
			@Valid @RequestBody NewPatient request) {
		return withEtag(HttpStatus.CREATED, registry.register(me, request.id(), sealedDetails(request.details())));
	}

	@PutMapping("/api/patients/{id}")
	ResponseEntity<PatientView> edit(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ChangedDetails request) {
		int version = Versions.fromIfMatch(ifMatch);
		return withEtag(HttpStatus.OK, registry.edit(me, id, version, sealedDetails(request.details())));
	}

	@PostMapping("/api/patients/{id}/deactivate")
	ResponseEntity<PatientView> deactivate(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withEtag(HttpStatus.OK, registry.deactivate(me, id, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/api/patients/{id}/reactivate")
	ResponseEntity<PatientView> reactivate(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withEtag(HttpStatus.OK, registry.reactivate(me, id, Versions.fromIfMatch(ifMatch)));
	}

	private static long referenceNumber(String field, String text) {
		return PatientReference.parse(text)
			.orElseThrow(() -> new FieldProblem(field, "Not a patient reference like P-000123."));
	}

	private static byte[] sealedDetails(String encoded) {
		try {
			byte[] details = Base64Url.decode(encoded);
			EnvelopeStructure.parse(details);
			return details;
		}
		catch (InvalidStructureException ex) {
			throw new FieldProblem("details", "Not a sealed envelope: " + ex.getMessage() + ".");
		}
	}

	private static ResponseEntity<PatientView> withEtag(HttpStatus status, Patient patient) {
		return ResponseEntity.status(status).eTag(Versions.etag(patient.version())).body(PatientView.of(patient));
	}

}
