package app.consilium.identity.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.AccountRole;
import app.consilium.identity.SignedInAccount;
import app.consilium.identity.organization.Organization;
import app.consilium.identity.organization.OrganizationRepository;
import app.consilium.identity.organization.OrganizationView;
import app.consilium.platform.ProblemException;

/**
 * Admin > People (every account; deactivate and reactivate) and Organization > Members (a requester
 * owner's own colleagues; remove them).
 */
@RestController
class PeopleController {

	private final AccountRepository accounts;

	private final OrganizationRepository organizations;

	private final AccountStatusChanges statusChanges;

	private final OrganizationOwnership ownership;

	PeopleController(AccountRepository accounts, OrganizationRepository organizations,
			AccountStatusChanges statusChanges, OrganizationOwnership ownership) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.statusChanges = statusChanges;
		this.ownership = ownership;
	}

	@GetMapping("/api/admin/accounts")
	List<AccountSummary> all() {
		return summaries(accounts.findAll());
	}

	@PostMapping("/api/admin/accounts/{id}/deactivate")
	AccountSummary deactivate(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		if (me.id().equals(id)) {
			throw ProblemException.conflict("self-deactivation", "You cannot deactivate your own account.");
		}
		statusChanges.deactivate(id);
		return summary(accounts.get(id));
	}

	@PostMapping("/api/admin/accounts/{id}/reactivate")
	AccountSummary reactivate(@PathVariable UUID id) {
		statusChanges.reactivate(id);
		return summary(accounts.get(id));
	}

	/** Any requester's active colleagues: whom they can add to a case as collaborators. */
	@GetMapping("/api/organization/colleagues")
	List<AccountSummary> colleagues(@AuthenticationPrincipal SignedInAccount me) {
		Account account = accounts.get(me.id());
		if (account.role() != AccountRole.REQUESTER || account.organizationId() == null) {
			return List.of();
		}
		return summaries(accounts.findByOrganization(account.organizationId())
			.stream()
			.filter(a -> a.isActive() && !a.id().equals(me.id()))
			.toList());
	}

	@GetMapping("/api/organization/members")
	List<AccountSummary> members(@AuthenticationPrincipal SignedInAccount me) {
		return summaries(accounts.findByOrganization(ownership.ownedBy(me)));
	}

	@DeleteMapping("/api/organization/members/{id}")
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		UUID organization = ownership.ownedBy(me);
		Account member = accounts.findById(id)
			.filter(a -> organization.equals(a.organizationId()))
			.orElseThrow(() -> ProblemException.notFound("The member"));
		if (member.id().equals(me.id())) {
			throw ProblemException.conflict("self-removal", "You cannot remove yourself from your organization.");
		}
		statusChanges.deactivate(member.id());
		return ResponseEntity.noContent().build();
	}

	private AccountSummary summary(Account a) {
		return summaries(List.of(a)).get(0);
	}

	private List<AccountSummary> summaries(List<Account> list) {
		Map<UUID, Organization> byId = organizations.findAll()
			.stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
		return list.stream()
			.map(a -> new AccountSummary(a.id(), a.email(), a.profile().fullName(), a.role(),
					OrganizationView.Ref.of(a.organizationId() == null ? null : byId.get(a.organizationId())),
					a.organizationOwner(), a.status(), a.createdAt()))
			.toList();
	}

}
