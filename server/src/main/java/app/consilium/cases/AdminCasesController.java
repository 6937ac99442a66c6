package app.consilium.cases;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.SignedInAccount;
import app.consilium.platform.Versions;

/**
 * Admins see every case's metadata and move cases through assignment and the archive. They are not
 * members and hold no keys: nothing here carries content.
 */
@RestController
class AdminCasesController {

	private final CaseLifecycle lifecycle;

	private final CaseRepository cases;

	private final CaseListQuery lists;

	private final CaseViews views;

	AdminCasesController(CaseLifecycle lifecycle, CaseRepository cases, CaseListQuery lists, CaseViews views) {
		this.lifecycle = lifecycle;
		this.cases = cases;
		this.lists = lists;
		this.views = views;
	}

	record AdminTransition(@NotNull CaseAction action, UUID providerId,
			@Size(max = CaseLifecycle.MAX_REASON) String reason) {
	}

	@GetMapping("/api/admin/cases")
	@Transactional(readOnly = true)
	CaseViews.Page<CaseViews.CaseSummary> all(@Valid CaseListParameters list) {
		return views.page(lists.page(null, list.criteria(true)));
	}

	@GetMapping("/api/admin/cases/{id}")
	ResponseEntity<CaseViews.CaseView> one(@PathVariable UUID id) {
		MedicalCase c = cases.find(id).orElseThrow(CaseAccess::notFound);
		return CasesController.withVersion(HttpStatus.OK, views.view(c, null, CaseAction.Party.ADMIN));
	}

	@PostMapping("/api/admin/cases/{id}/transitions")
	ResponseEntity<CaseViews.CaseView> transition(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody AdminTransition body) {
		MedicalCase after = lifecycle.apply(id, me, new CaseLifecycle.Request(body.action(), body.reason(),
				body.providerId(), Versions.fromIfMatch(ifMatch)));
		return CasesController.withVersion(HttpStatus.OK, views.view(after, null, CaseAction.Party.ADMIN));
	}

}
