package app.consilium.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.AccountRole;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.Versions;

/**
 * What members do with cases: open one, list theirs, see one, move it through its lifecycle, manage its
 * collaborators. Admins have their own routes ({@link AdminCasesController}).
 */
@RestController
class CasesController {

	private final CaseCreation creation;

	private final CaseLifecycle lifecycle;

	private final Collaborators collaborators;

	private final CaseRepository cases;

	private final CaseListQuery lists;

	private final CaseAccess access;

	private final CaseViews views;

	CasesController(CaseCreation creation, CaseLifecycle lifecycle, Collaborators collaborators, CaseRepository cases,
			CaseListQuery lists, CaseAccess access, CaseViews views) {
		this.creation = creation;
		this.lifecycle = lifecycle;
		this.collaborators = collaborators;
		this.cases = cases;
		this.lists = lists;
		this.access = access;
		this.views = views;
	}

	record NewCase(@NotNull EngagementType engagementType, @NotBlank @Size(max = 200) String name,
			@Size(max = 4000) String description, UUID specialtyId, Urgency urgency, LocalDate dueDate, UUID patientId,
			UUID providerId, ExpertService expertService, @Size(max = 100) String matterReference) {
	}

	record NewTransition(@NotNull CaseAction action, @Size(max = CaseLifecycle.MAX_REASON) String reason) {
	}

	record NewCollaborator(@NotNull UUID accountId) {
	}

	@PostMapping("/api/cases")
	ResponseEntity<CaseViews.CaseView> create(@AuthenticationPrincipal SignedInAccount me,
			@Valid @RequestBody NewCase body) {
		MedicalCase created = creation.create(me.id(),
				new CaseCreation.Request(body.engagementType(), body.name(), body.description(), body.specialtyId(),
						body.urgency(), body.dueDate(), body.patientId(), body.providerId(), body.expertService(),
						body.matterReference()));
		return withVersion(HttpStatus.CREATED, memberView(created, me));
	}

	/** One read-only transaction: the page and its names on one connection. */
	@GetMapping("/api/cases")
	@Transactional(readOnly = true)
	CaseViews.Page<CaseViews.CaseSummary> mine(@AuthenticationPrincipal SignedInAccount me, @Valid CaseListParameters list) {
		return views.page(lists.page(me.id(), list.criteria(false)));
	}

	@GetMapping("/api/cases/{id}")
	ResponseEntity<CaseViews.CaseView> one(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		access.requireMember(id, me);
		return withVersion(HttpStatus.OK, memberView(cases.find(id).orElseThrow(CaseAccess::notFound), me));
	}

	@PostMapping("/api/cases/{id}/transitions")
	ResponseEntity<CaseViews.CaseView> transition(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody NewTransition body) {
		// Admins act through their own routes; they are never members. Membership is the lifecycle's to
		// check: a provider just taken off the case gets 412, not 404.
		if (me.role() == AccountRole.ADMIN) {
			throw CaseAccess.notFound();
		}
		MedicalCase after = lifecycle.apply(id, me,
				new CaseLifecycle.Request(body.action(), body.reason(), null, Versions.fromIfMatch(ifMatch)));
		if (access.member(id, me.id()).isEmpty()) {
			// A provider who rejected the case is no longer on it, and sees no more of it.
			return ResponseEntity.noContent().build();
		}
		return withVersion(HttpStatus.OK, memberView(after, me));
	}

	@PostMapping("/api/cases/{id}/collaborators")
	ResponseEntity<CaseViews.CaseView> addCollaborator(@AuthenticationPrincipal SignedInAccount me,
			@PathVariable UUID id, @Valid @RequestBody NewCollaborator body) {
		collaborators.add(id, me, body.accountId());
		return withVersion(HttpStatus.CREATED, memberView(cases.find(id).orElseThrow(), me));
	}

	@DeleteMapping("/api/cases/{id}/collaborators/{accountId}")
	ResponseEntity<Void> removeCollaborator(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@PathVariable UUID accountId) {
		collaborators.remove(id, me, accountId);
		return ResponseEntity.noContent().build();
	}

	private CaseViews.CaseView memberView(MedicalCase c, SignedInAccount me) {
		return views.view(c, me.id(), lifecycle.partyOf(c, me));
	}

	static ResponseEntity<CaseViews.CaseView> withVersion(HttpStatus status, CaseViews.CaseView view) {
		return ResponseEntity.status(status).eTag(Versions.etag(view.version())).body(view);
	}

}
