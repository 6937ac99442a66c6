package app.consilium.identity.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.AccountRole;
import app.consilium.identity.account.Account;
import app.consilium.identity.account.AccountRepository;
import app.consilium.identity.account.PasswordPolicy;
import app.consilium.identity.account.Passwords;
import app.consilium.identity.account.Tokens;
import app.consilium.identity.organization.Organization;
import app.consilium.identity.organization.OrganizationKind;
import app.consilium.identity.organization.OrganizationRepository;
import app.consilium.identity.organization.OrganizationView;
import app.consilium.notifications.EmailOutbox;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;
import app.consilium.platform.PublicLinks;

/**
 * Inviting people and accepting invitations. The rules of who may join where: requesters join a requester
 * organization, providers a practice (or none, and create theirs in onboarding), admins the operator.
 */
@Service
class Invitations {

	private final InvitationRepository invitations;

	private final AccountRepository accounts;

	private final OrganizationRepository organizations;

	private final Passwords passwords;

	private final PasswordPolicy policy;

	private final EmailOutbox outbox;

	private final PublicLinks links;

	private final Clock clock;

	private final Duration validity;

	Invitations(InvitationRepository invitations, AccountRepository accounts, OrganizationRepository organizations,
			Passwords passwords, PasswordPolicy policy, EmailOutbox outbox, PublicLinks links, Clock clock,
			@Value("${consilium.invitation.validity:7d}") Duration validity) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.organizations = organizations;
		this.passwords = passwords;
		this.policy = policy;
		this.outbox = outbox;
		this.links = links;
		this.clock = clock;
		this.validity = validity;
	}

	record Request(String email, AccountRole role, UUID organizationId, boolean organizationOwner) {
	}

	@Transactional
	InvitationView.Sent invite(UUID inviterId, Request request) {
		String email = AccountRepository.normalizeEmail(request.email());
		if (accounts.existsByEmail(email)) {
			throw ProblemException.conflict("account-exists", "Someone with this email already has an account.");
		}
		Organization organization = organizationFor(request);
		Instant now = clock.instant();
		invitations.revokeOpenFor(email, now);
		var invitation = new Invitation(UUID.randomUUID(), email, request.role(),
				organization == null ? null : organization.id(), request.organizationOwner(), inviterId, now,
				now.plus(validity), null, null);
		String token = Tokens.newToken();
		invitations.insert(invitation, Tokens.hash(token));
		String link = links.link("/invite", token);
		sendEmail(invitation, organization, link, accounts.get(inviterId));
		return new InvitationView.Sent(view(invitation, organization), outbox.isEnabled() ? null : link);
	}

	InvitationView.Preview preview(String token) {
		Invitation invitation = open(token);
		Organization organization = organizationOf(invitation);
		return new InvitationView.Preview(invitation.email(), invitation.role(),
				organization == null ? null : organization.name());
	}

	@Transactional
	Account accept(String token, String fullName, String password) {
		Invitation invitation = open(token);
		policy.check("password", password);
		if (accounts.existsByEmail(invitation.email())) {
			throw ProblemException.conflict("account-exists", "Someone with this email already has an account.");
		}
		if (!invitations.accept(invitation.id(), clock.instant())) {
			throw used();
		}
		var account = Account.create(UUID.randomUUID(), invitation.email(), passwords.hash(password), invitation.role(),
				invitation.organizationId(), invitation.organizationOwner(), fullName.trim(), clock.instant());
		accounts.insert(account);
		return accounts.get(account.id());
	}

	@Transactional
	void revoke(UUID id, UUID organizationScope) {
		Invitation invitation = invitations.findById(id)
			.filter(i -> organizationScope == null || organizationScope.equals(i.organizationId()))
			.orElseThrow(() -> ProblemException.notFound("The invitation"));
		if (!invitations.revoke(invitation.id(), clock.instant())) {
			throw ProblemException.conflict("invitation-closed", "This invitation was already accepted or revoked.");
		}
	}

	List<InvitationView> all() {
		return invitations.findAll().stream().map(i -> view(i, organizationOf(i))).toList();
	}

	List<InvitationView> ofOrganization(UUID organizationId) {
		Organization organization = organizations.get(organizationId);
		return invitations.findByOrganization(organizationId).stream().map(i -> view(i, organization)).toList();
	}

	private Invitation open(String token) {
		Invitation invitation = invitations.findByTokenHash(Tokens.hash(token)).orElseThrow(Invitations::used);
		if (invitation.status(clock.instant()) != Invitation.Status.PENDING) {
			throw used();
		}
		return invitation;
	}

	private static ProblemException used() {
		return ProblemException.gone("invitation-invalid",
				"This invitation has expired, was revoked or has already been used. Ask for a new one.");
	}

	private Organization organizationFor(Request request) {
		Organization organization = request.organizationId() == null ? null
				: organizations.findById(request.organizationId())
					.filter(Organization::active)
					.orElseThrow(() -> new FieldProblem("organizationId", "Choose an active organization."));
		switch (request.role()) {
			case REQUESTER -> {
				if (organization == null || !organization.kind().isRequesterSide()) {
					throw new FieldProblem("organizationId",
							"Requesters join a law firm, hospital, clinic, insurer or other requester organization.");
				}
			}
			case PROVIDER -> {
				if (organization != null && organization.kind() != OrganizationKind.PRACTICE) {
					throw new FieldProblem("organizationId", "Providers join a practice, or none.");
				}
			}
			case ADMIN -> {
				organization = organizations.findAll()
					.stream()
					.filter(o -> o.kind() == OrganizationKind.OPERATOR)
					.findFirst()
					.orElseThrow();
			}
		}
		if (request.organizationOwner() && request.role() != AccountRole.REQUESTER) {
			throw new FieldProblem("organizationOwner", "Only requesters can own an organization.");
		}
		return organization;
	}

	private void sendEmail(Invitation invitation, Organization organization, String link, Account inviter) {
		String where = organization == null ? "" : " at " + organization.name();
		outbox.enqueue(invitation.email(), "You are invited to Consilium", """
				Hello,

				%s invited you to join Consilium as a %s%s.

				Open this link to accept the invitation and choose your password (it works once, until %s):

				%s
				""".formatted(inviter.profile().fullName(), invitation.role().name().toLowerCase(), where,
				invitation.expiresAt(), link));
	}

	private Organization organizationOf(Invitation invitation) {
		return invitation.organizationId() == null ? null : organizations.get(invitation.organizationId());
	}

	private InvitationView view(Invitation i, Organization organization) {
		return new InvitationView(i.id(), i.email(), i.role(), OrganizationView.Ref.of(organization),
				i.organizationOwner(), i.status(clock.instant()), i.createdAt(), i.expiresAt());
	}

}
