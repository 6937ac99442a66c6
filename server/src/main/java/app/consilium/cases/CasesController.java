package app.consilium.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.AccountDirectory;
import app.consilium.identity.SignedInAccount;

/** Opening a case, the cases one is on, one case with its members, and its collaborators. */
@RestController
class CasesController {

	private final CaseCreation creation;

	private final Collaborators collaborators;

	private final CaseRepository cases;

	private final CaseAccess access;

	private final AccountDirectory accounts;

	CasesController(CaseCreation creation, Collaborators collaborators, CaseRepository cases, CaseAccess access,
			AccountDirectory accounts) {
		this.creation = creation;
		this.collaborators = collaborators;
		this.cases = cases;
		this.access = access;
		this.accounts = accounts;
	}

	record NewCase(@NotBlank @Size(max = 200) String name, @NotNull EngagementType engagementType, UUID providerId) {
	}

	record NewCollaborator(@NotNull UUID accountId) {
	}

	record MemberView(UUID accountId, String fullName, CaseSide side, CaseMember.Role role) {
	}

	record Doctor(UUID id, String fullName) {
	}

	record CaseSummary(UUID id, String reference, String name, EngagementType engagementType, CaseStatus status,
			Doctor doctor, Instant createdAt, Instant lastActivityAt) {
	}

	record CaseView(CaseSummary summary, List<MemberView> members, MemberView me) {
	}

	@PostMapping("/api/cases")
	ResponseEntity<CaseView> create(@AuthenticationPrincipal SignedInAccount me, @Valid @RequestBody NewCase request) {
		MedicalCase created = creation.create(me.id(),
				new CaseCreation.Request(request.name(), request.engagementType(), request.providerId()));
		return ResponseEntity.status(HttpStatus.CREATED).body(view(created, me));
	}

	@GetMapping("/api/cases")
	List<CaseSummary> mine(@AuthenticationPrincipal SignedInAccount me) {
		return cases.ofMember(me.id()).stream().map(this::summary).toList();
	}

	/** Admins see every case's metadata (never its content: they are not members and hold no keys). */
	@GetMapping("/api/admin/cases")
	List<CaseSummary> all() {
		return cases.findAll().stream().map(this::summary).toList();
	}

	@GetMapping("/api/admin/cases/{id}")
	CaseView oneForAdmin(@PathVariable UUID id) {
		MedicalCase c = cases.find(id).orElseThrow(CaseAccess::notFound);
		List<MemberView> members = access.members(id).stream().map(this::memberView).toList();
		return new CaseView(summary(c), members, null);
	}

	@GetMapping("/api/cases/{id}")
	CaseView one(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		access.requireMember(id, me);
		return view(cases.find(id).orElseThrow(CaseAccess::notFound), me);
	}

	@PostMapping("/api/cases/{id}/collaborators")
	ResponseEntity<CaseView> addCollaborator(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@Valid @RequestBody NewCollaborator request) {
		collaborators.add(id, me, request.accountId());
		return ResponseEntity.status(HttpStatus.CREATED).body(one(me, id));
	}

	@DeleteMapping("/api/cases/{id}/collaborators/{accountId}")
	ResponseEntity<Void> removeCollaborator(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@PathVariable UUID accountId) {
		collaborators.remove(id, me, accountId);
		return ResponseEntity.noContent().build();
	}

	private CaseView view(MedicalCase c, SignedInAccount me) {
		List<MemberView> members = access.members(c.id()).stream().map(this::memberView).toList();
		MemberView mine = members.stream().filter(m -> m.accountId().equals(me.id())).findFirst().orElseThrow();
		return new CaseView(summary(c), members, mine);
	}

	private CaseSummary summary(MedicalCase c) {
		Doctor doctor = c.providerId() == null ? null
				: new Doctor(c.providerId(),
						accounts.find(c.providerId()).map(AccountDirectory.Person::fullName).orElse(""));
		return new CaseSummary(c.id(), c.reference(), c.name(), c.engagementType(), c.status(), doctor, c.createdAt(),
				c.lastActivityAt());
	}

	private MemberView memberView(CaseMember m) {
		String name = accounts.find(m.accountId()).map(AccountDirectory.Person::fullName).orElse("");
		return new MemberView(m.accountId(), name, m.side(), m.role());
	}

}
