package app.consilium.identity.organization;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/** Admin > Organizations: the law firms, hospitals, clinics, insurers and practices on the platform. */
@RestController
class AdminOrganizationsController {

	private final OrganizationRepository organizations;

	private final Clock clock;

	AdminOrganizationsController(OrganizationRepository organizations, Clock clock) {
		this.organizations = organizations;
		this.clock = clock;
	}

	record OrganizationRequest(@NotBlank @Size(max = 200) String name, @NotNull OrganizationKind kind,
			@Size(max = 500) String address, @Size(max = 40) String phone, @Size(max = 300) String website,
			Boolean active) {
	}

	@GetMapping("/api/admin/organizations")
	List<OrganizationView> list() {
		return organizations.findAll().stream().map(OrganizationView::of).toList();
	}

	@PostMapping("/api/admin/organizations")
	ResponseEntity<OrganizationView> create(@Valid @RequestBody OrganizationRequest request) {
		if (request.kind() == OrganizationKind.OPERATOR) {
			throw ProblemException.badRequest("operator-exists", "There is only one operator organization.");
		}
		var organization = new Organization(UUID.randomUUID(), request.name().trim(), request.kind(), request.address(),
				request.phone(), request.website(), true, clock.instant(), 0);
		organizations.insert(organization);
		return ResponseEntity.status(HttpStatus.CREATED).body(OrganizationView.of(organizations.get(organization.id())));
	}

	@PutMapping("/api/admin/organizations/{id}")
	@Transactional
	ResponseEntity<OrganizationView> update(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody OrganizationRequest request) {
		int version = Versions.fromIfMatch(ifMatch);
		Organization current = organizations.get(id);
		if ((current.kind() == OrganizationKind.OPERATOR) != (request.kind() == OrganizationKind.OPERATOR)) {
			throw ProblemException.badRequest("operator-kind", "The operator organization keeps its kind.");
		}
		var changed = new Organization(id, request.name().trim(), request.kind(), request.address(), request.phone(),
				request.website(), request.active() == null || request.active(), current.createdAt(), version);
		Organization saved = organizations.update(changed);
		return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(OrganizationView.of(saved));
	}

}
