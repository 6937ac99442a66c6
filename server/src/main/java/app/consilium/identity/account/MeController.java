package app.consilium.identity.account;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.SignedInAccount;
import app.consilium.platform.Versions;

/** The signed-in person's own profile and organization: onboarding steps 1 and 2, and the profile page. */
@RestController
class MeController {

	private final Onboarding onboarding;

	private final MeViews views;

	MeController(Onboarding onboarding, MeViews views) {
		this.onboarding = onboarding;
		this.views = views;
	}

	record ProfileRequest(@NotBlank @Size(max = 200) String fullName, @Size(max = 100) String title,
			@Size(max = 40) String phone, @Size(max = 100) String licenceNumber, @Size(max = 2000) String bio,
			@Size(max = 20) List<UUID> specialtyIds) {

		Account.Profile profile() {
			return new Account.Profile(fullName.trim(), blankToNull(title), blankToNull(phone),
					blankToNull(licenceNumber), blankToNull(bio));
		}

	}

	record OrganizationRequest(@NotBlank @Size(max = 200) String name, @Size(max = 500) String address,
			@Size(max = 40) String phone, @Size(max = 300) String website) {
	}

	@PutMapping("/api/me/profile")
	ResponseEntity<MeView> profile(@AuthenticationPrincipal SignedInAccount me,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ProfileRequest request) {
		int version = Versions.fromIfMatch(ifMatch);
		onboarding.saveProfile(me.id(), version, request.profile(),
				request.specialtyIds() == null ? List.of() : request.specialtyIds());
		return withEtag(views.of(me.id()));
	}

	@PutMapping("/api/me/organization")
	ResponseEntity<MeView> organization(@AuthenticationPrincipal SignedInAccount me,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody OrganizationRequest request) {
		var details = new app.consilium.identity.organization.Organization.Details(request.name().trim(),
				blankToNull(request.address()), blankToNull(request.phone()), blankToNull(request.website()));
		onboarding.saveOrganization(me.id(), ifMatch, details);
		return withEtag(views.of(me.id()));
	}

	@PostMapping("/api/me/onboarding/organization")
	ResponseEntity<MeView> confirmOrganization(@AuthenticationPrincipal SignedInAccount me) {
		onboarding.confirmOrganization(me.id());
		return withEtag(views.of(me.id()));
	}

	static ResponseEntity<MeView> withEtag(MeView view) {
		return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
