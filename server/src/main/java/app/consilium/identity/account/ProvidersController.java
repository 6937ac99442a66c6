package app.consilium.identity.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	/** Three queries whatever the number of providers. */
	@GetMapping("/api/providers")
	List<ProviderView> providers() {
		Map<UUID, List<UUID>> specialtyIds = accounts.specialtiesOfProviders();
		Map<UUID, Specialty> byId = specialties.findAll()
			.stream()
			.collect(Collectors.toMap(Specialty::id, Function.identity()));
		return accounts.findAll()
			.stream()
			.filter(a -> a.role() == AccountRole.PROVIDER && a.isActive() && a.onboarding().complete())
			.map(a -> new ProviderView(a.id(), a.profile().fullName(), a.profile().title(),
					specialtyIds.getOrDefault(a.id(), List.of())
						.stream()
						.map(byId::get)
						.sorted(Comparator.comparing(Specialty::name))
						.toList()))
			.toList();
	}

}
