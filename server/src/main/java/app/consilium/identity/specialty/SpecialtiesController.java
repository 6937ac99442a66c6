package app.consilium.identity.specialty;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.platform.Versions;

/** The list of medical specialties: everyone reads the active ones, admins manage the list. */
@RestController
class SpecialtiesController {

	private final SpecialtyRepository specialties;

	SpecialtiesController(SpecialtyRepository specialties) {
		this.specialties = specialties;
	}

	record NewSpecialty(@NotBlank @Size(max = 120) String name) {
	}

	record SpecialtyChange(@NotBlank @Size(max = 120) String name, @NotNull Boolean active) {
	}

	@GetMapping("/api/specialties")
	List<Specialty> active() {
		return specialties.findActive();
	}

	@GetMapping("/api/admin/specialties")
	List<Specialty> all() {
		return specialties.findAll();
	}

	@PostMapping("/api/admin/specialties")
	ResponseEntity<Specialty> create(@Valid @RequestBody NewSpecialty request) {
		var specialty = new Specialty(UUID.randomUUID(), request.name().trim(), true, 0);
		specialties.insert(specialty);
		return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(0)).body(specialty);
	}

	@PutMapping("/api/admin/specialties/{id}")
	ResponseEntity<Specialty> update(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody SpecialtyChange request) {
		int version = Versions.fromIfMatch(ifMatch);
		specialties.get(id);
		specialties.update(new Specialty(id, request.name().trim(), request.active(), version));
		Specialty saved = specialties.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
	}

}
