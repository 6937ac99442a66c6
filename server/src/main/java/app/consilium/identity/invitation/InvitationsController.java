package app.consilium.identity.invitation;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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

import app.consilium.identity.AccountRole;
import app.consilium.identity.SignedInAccount;
import app.consilium.identity.account.Account;
import app.consilium.identity.account.OrganizationOwnership;
import app.consilium.identity.account.MeView;
import app.consilium.identity.account.MeViews;
import app.consilium.identity.signin.Sessions;

/**
 * Invitations from three sides: admins invite anyone, requester organization owners invite colleagues into
 * their own organization, and the invited person looks at and accepts the invitation from the link.
 */
@RestController
class InvitationsController {

	private final Invitations invitations;

	private final Sessions sessions;

	private final MeViews views;

	private final OrganizationOwnership ownership;

	InvitationsController(Invitations invitations, Sessions sessions, MeViews views, OrganizationOwnership ownership) {
		this.invitations = invitations;
		this.sessions = sessions;
		this.views = views;
		this.ownership = ownership;
	}

	record AdminInvitationRequest(@NotBlank @Email @Size(max = 320) String email, @NotNull AccountRole role,
			UUID organizationId, boolean organizationOwner) {
	}

	record MemberInvitationRequest(@NotBlank @Email @Size(max = 320) String email) {
	}

	record TokenRequest(@NotBlank @Size(max = 200) String token) {
	}

	record AcceptRequest(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 200) String fullName,
			@NotBlank String password) {
	}

	@GetMapping("/api/admin/invitations")
	List<InvitationView> all() {
		return invitations.all();
	}

	@PostMapping("/api/admin/invitations")
	ResponseEntity<InvitationView.Sent> invite(@AuthenticationPrincipal SignedInAccount me,
			@Valid @RequestBody AdminInvitationRequest request) {
		var sent = invitations.invite(me.id(), new Invitations.Request(request.email(), request.role(),
				request.organizationId(), request.organizationOwner()));
		return ResponseEntity.status(HttpStatus.CREATED).body(sent);
	}

	@DeleteMapping("/api/admin/invitations/{id}")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		invitations.revoke(id, null);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/organization/invitations")
	List<InvitationView> ofMyOrganization(@AuthenticationPrincipal SignedInAccount me) {
		return invitations.ofOrganization(ownership.ownedBy(me));
	}

	@PostMapping("/api/organization/invitations")
	ResponseEntity<InvitationView.Sent> inviteColleague(@AuthenticationPrincipal SignedInAccount me,
			@Valid @RequestBody MemberInvitationRequest request) {
		var sent = invitations.invite(me.id(),
				new Invitations.Request(request.email(), AccountRole.REQUESTER, ownership.ownedBy(me), false));
		return ResponseEntity.status(HttpStatus.CREATED).body(sent);
	}

	@DeleteMapping("/api/organization/invitations/{id}")
	ResponseEntity<Void> revokeColleague(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		invitations.revoke(id, ownership.ownedBy(me));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/invitations/lookup")
	InvitationView.Preview lookup(@Valid @RequestBody TokenRequest request) {
		return invitations.preview(request.token());
	}

	@PostMapping("/api/invitations/accept")
	ResponseEntity<MeView> accept(@Valid @RequestBody AcceptRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		Account account = invitations.accept(body.token(), body.fullName(), body.password());
		sessions.open(account, request, response);
		return ResponseEntity.status(HttpStatus.CREATED).body(views.of(account));
	}

	/** The organization the signed-in person owns; anyone else is refused. */
}
