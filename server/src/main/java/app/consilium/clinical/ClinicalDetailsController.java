package app.consilium.clinical;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseActivity;
import app.consilium.cases.CaseSide;
import app.consilium.crypto.Base64Url;
import app.consilium.identity.AccountDirectory;
import app.consilium.identity.SignedInAccount;
import app.consilium.keys.CaseKeyDirectory;
import app.consilium.keys.SealedContent;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/**
 * Reading and writing a case's sealed clinical details. Each write names the version it replaces
 * ({@code "0"} for the first), so two colleagues editing at once cannot overwrite each other unseen.
 */
@RestController
class ClinicalDetailsController {

	/** A long clinical summary and the patient details, sealed and base64url-encoded, with room to spare. */
	private static final int MAX_ENCODED = 512 * 1024;

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final CaseKeyDirectory keys;

	private final CaseActivity activity;

	private final AccountDirectory accounts;

	private final Clock clock;

	ClinicalDetailsController(JdbcClient jdbc, CaseAccess access, CaseKeyDirectory keys, CaseActivity activity,
			AccountDirectory accounts, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.keys = keys;
		this.activity = activity;
		this.accounts = accounts;
		this.clock = clock;
	}

	record Person(UUID id, String fullName) {
	}

	record ClinicalView(String sealed, int generation, int version, Person updatedBy, Instant updatedAt) {
	}

	/** {@code generation} repeats what the envelope names; when given, it must agree. */
	record Changes(@NotBlank @Size(max = MAX_ENCODED) String sealed, Integer generation) {
	}

	private record Stored(byte[] sealed, int generation, int version, UUID updatedBy, Instant updatedAt) {
	}

	@GetMapping("/api/cases/{id}/clinical")
	ResponseEntity<ClinicalView> read(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		access.requireMember(id, me);
		Stored stored = jdbc.sql("""
				select body_sealed, generation, version, updated_by, updated_at from case_clinical where case_id = ?""")
			.param(id)
			.query((rs, row) -> new Stored(rs.getBytes("body_sealed"), rs.getInt("generation"), rs.getInt("version"),
					rs.getObject("updated_by", UUID.class), instant(rs, "updated_at")))
			.optional()
			.orElseThrow(() -> ProblemException.notFound("clinical-details-missing",
					"This case has no clinical details yet."));
		String author = accounts.names(Set.of(stored.updatedBy())).get(stored.updatedBy());
		var view = new ClinicalView(Base64Url.encode(stored.sealed()), stored.generation(), stored.version(),
				new Person(stored.updatedBy(), author), stored.updatedAt());
		return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
	}

	@PutMapping("/api/cases/{id}/clinical")
	@Transactional
	ResponseEntity<ClinicalView> write(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody Changes changes) {
		if (access.requireMember(id, me).side() != CaseSide.REQUESTER) {
			throw ProblemException.forbidden("requester-side-only", "The requester side writes the clinical details.");
		}
		int version = Versions.fromIfMatch(ifMatch);
		if (!access.isOpen(id)) {
			throw ProblemException.conflict("case-closed", "The case is done; its clinical details are final.");
		}
		SealedContent sealed = keys.requireSealed(id, "sealed", changes.sealed());
		if (changes.generation() != null && changes.generation() != sealed.generation()) {
			throw new FieldProblem("generation", "The envelope is sealed with another key generation.");
		}
		Instant now = clock.instant();
		if (version == 0) {
			insert(id, sealed, me.id(), now);
		}
		else if (jdbc.sql("""
				update case_clinical set body_sealed = ?, generation = ?, updated_by = ?, updated_at = ?,
				    version = version + 1
				where case_id = ? and version = ?""")
			.params(sealed.bytes(), sealed.generation(), me.id(), utc(now), id, version)
			.update() != 1) {
			throw ProblemException.preconditionFailed();
		}
		activity.record(id, me.id(), "clinical.updated", null);
		return read(me, id);
	}

	/** The first write; someone else's first write in between makes this one stale. */
	private void insert(UUID caseId, SealedContent sealed, UUID author, Instant now) {
		try {
			jdbc.sql("""
					insert into case_clinical (case_id, body_sealed, generation, updated_by, updated_at, version)
					values (?, ?, ?, ?, ?, 1)""")
				.params(caseId, sealed.bytes(), sealed.generation(), author, utc(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.preconditionFailed();
		}
	}

}
