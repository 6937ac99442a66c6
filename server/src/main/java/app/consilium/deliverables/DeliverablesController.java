package app.consilium.deliverables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseMember;
import app.consilium.identity.AccountDirectory;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/**
 * The deliverables of a case for its members: both sides list and add them and change what they are;
 * their status moves as {@link DeliverableAction} allows each side. Each view says what the viewer may do
 * with it now, so the page shows only those buttons.
 */
@RestController
class DeliverablesController {

	private final Deliverables deliverables;

	private final DeliverableRepository repository;

	private final CaseAccess access;

	private final AccountDirectory accounts;

	DeliverablesController(Deliverables deliverables, DeliverableRepository repository, CaseAccess access,
			AccountDirectory accounts) {
		this.deliverables = deliverables;
		this.repository = repository;
		this.access = access;
		this.accounts = accounts;
	}

	/** What a deliverable is; it is not the final one unless it says so. */
	record DeliverableRequest(@NotNull DeliverableType type, @NotBlank @Size(max = 200) String title,
			@NotNull LocalDate dueDate, UUID assigneeId, Boolean finalDeliverable,
			@Size(max = 100) List<@NotNull UUID> documentIds) {

		Deliverables.Details details() {
			return new Deliverables.Details(type, title, dueDate, assigneeId, Boolean.TRUE.equals(finalDeliverable),
					documentIds == null ? List.of() : documentIds);
		}

	}

	record NewTransition(@NotNull DeliverableAction action, @Size(max = Deliverables.MAX_REASON) String reason) {
	}

	record Person(UUID id, String fullName) {
	}

	record DeliverableView(UUID id, DeliverableType type, String title, LocalDate dueDate, DeliverableStatus status,
			boolean finalDeliverable, boolean overdue, Person assignee, List<UUID> documentIds, String revisionReason,
			Person createdBy, Instant createdAt, Instant updatedAt, int version, boolean editable,
			List<DeliverableAction> actions) {
	}

	@GetMapping("/api/cases/{caseId}/deliverables")
	@Transactional(readOnly = true)
	List<DeliverableView> list(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId) {
		CaseMember member = access.requireMember(caseId, me);
		return views(repository.of(caseId), member);
	}

	@GetMapping("/api/cases/{caseId}/deliverables/{id}")
	ResponseEntity<DeliverableView> one(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@PathVariable UUID id) {
		CaseMember member = access.requireMember(caseId, me);
		Deliverable d = repository.find(caseId, id).orElseThrow(() -> ProblemException.notFound("The deliverable"));
		return withVersion(HttpStatus.OK, d, member);
	}

	@PostMapping("/api/cases/{caseId}/deliverables")
	ResponseEntity<DeliverableView> create(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@Valid @RequestBody DeliverableRequest body) {
		Deliverable created = deliverables.create(caseId, me, body.details());
		return withVersion(HttpStatus.CREATED, created, access.requireMember(caseId, me));
	}

	@PutMapping("/api/cases/{caseId}/deliverables/{id}")
	ResponseEntity<DeliverableView> update(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody DeliverableRequest body) {
		Deliverable updated = deliverables.update(caseId, id, me, Versions.fromIfMatch(ifMatch), body.details());
		return withVersion(HttpStatus.OK, updated, access.requireMember(caseId, me));
	}

	@PostMapping("/api/cases/{caseId}/deliverables/{id}/transitions")
	ResponseEntity<DeliverableView> transition(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody NewTransition body) {
		Deliverable moved = deliverables.transition(caseId, id, me, Versions.fromIfMatch(ifMatch), body.action(),
				body.reason());
		return withVersion(HttpStatus.OK, moved, access.requireMember(caseId, me));
	}

	private ResponseEntity<DeliverableView> withVersion(HttpStatus status, Deliverable d, CaseMember viewer) {
		return ResponseEntity.status(status).eTag(Versions.etag(d.version())).body(views(List.of(d), viewer).get(0));
	}

	/** Views of deliverables of one case: the case and the names of the people are read once for all of them. */
	private List<DeliverableView> views(List<Deliverable> list, CaseMember viewer) {
		if (list.isEmpty()) {
			return List.of();
		}
		DeliverableRepository.CaseFacts facts = deliverables.caseFacts(viewer.caseId());
		LocalDate today = deliverables.today();
		Set<UUID> people = new HashSet<>();
		list.forEach(d -> {
			people.add(d.createdBy());
			if (d.assigneeId() != null) {
				people.add(d.assigneeId());
			}
		});
		Map<UUID, String> names = accounts.names(people);
		List<DeliverableView> views = new ArrayList<>();
		for (Deliverable d : list) {
			views.add(new DeliverableView(d.id(), d.type(), d.title(), d.dueDate(), d.status(), d.isFinal(),
					d.overdueOn(today), person(d.assigneeId(), names), d.documentIds(), d.revisionReason(),
					person(d.createdBy(), names), d.createdAt(), d.updatedAt(), d.version(),
					deliverables.editable(d, facts), sorted(deliverables.available(d, viewer.side(), facts))));
		}
		return views;
	}

	private static Person person(UUID id, Map<UUID, String> names) {
		return id == null ? null : new Person(id, names.getOrDefault(id, "A former member"));
	}

	private static List<DeliverableAction> sorted(Collection<DeliverableAction> actions) {
		return actions.stream().sorted().toList();
	}

}
