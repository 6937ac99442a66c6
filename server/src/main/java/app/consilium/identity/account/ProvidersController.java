package app.consilium.identity.account;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.AccountRole;
import app.consilium.identity.specialty.Specialty;
import app.consilium.identity.specialty.SpecialtyRepository;

/**
 * The directory of experts a requester can address an intake request to: active providers who finished
 * onboarding, with their specialties and title. Profiles are plaintext by design (product.md).
 */
@RestController
class ProvidersController {

	private final AccountRepository accounts;

	private final SpecialtyRepository specialties;

	ProvidersController(AccountRepository accounts, SpecialtyRepository specialties) {
		this.accounts = accounts;
		this.specialties = specialties;
	}

	record ProviderView(UUID id, String fullName, String title, List<Specialty> specialties) {
	}

	@GetMapping("/api/providers")
	List<ProviderView> providers() {
		return accounts.findAll()
			.stream()
			.filter(a -> a.role() == AccountRole.PROVIDER && a.isActive() && a.onboarding().complete())
			.map(a -> new ProviderView(a.id(), a.profile().fullName(), a.profile().title(),
					specialties.findByIds(accounts.specialtyIds(a.id()))))
			.toList();
	}

}
