package app.consilium.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.consilium.cases.CaseLoad;
import app.consilium.identity.AccountDirectory;

/**
 * Ranks the providers an admin could assign a case to: those of the wanted specialty first, then those
 * available today (not away, below their maximum of open cases), then those who work today, then the
 * least loaded. Four queries whatever the number of providers.
 */
@Service
class Candidates {

	private final AccountDirectory accounts;

	private final AvailabilityRepository availability;

	private final CaseLoad load;

	private final Clock clock;

	Candidates(AccountDirectory accounts, AvailabilityRepository availability, CaseLoad load, Clock clock) {
		this.accounts = accounts;
		this.availability = availability;
		this.load = load;
		this.clock = clock;
	}

	record Candidate(UUID providerId, String fullName, List<UUID> specialtyIds, boolean specialtyMatch, int openCases,
			int maxOpenCases, LocalDate onTimeOffUntil, boolean worksToday, boolean available) {
	}

	static final Comparator<Candidate> RANKING = Comparator.comparing(Candidate::specialtyMatch)
		.thenComparing(Candidate::available)
		.thenComparing(Candidate::worksToday)
		.reversed()
		.thenComparingInt(Candidate::openCases)
		.thenComparing(Candidate::fullName)
		.thenComparing(Candidate::providerId);

	List<Candidate> forSpecialty(UUID wantedSpecialty) {
		List<AccountDirectory.Provider> providers = accounts.activeProviders();
		List<UUID> ids = providers.stream().map(AccountDirectory.Provider::id).toList();
		Map<UUID, Availability> availabilities = availability.of(ids);
		Map<UUID, Integer> open = load.openCases(ids);
		return providers.stream().map(p -> {
			Availability a = availabilities.get(p.id());
			LocalDate today = LocalDate.now(clock.withZone(a.timeZone()));
			LocalDate awayUntil = a.awayUntil(today).orElse(null);
			int openCases = open.getOrDefault(p.id(), 0);
			return new Candidate(p.id(), p.fullName(), p.specialtyIds().stream().sorted().toList(),
					wantedSpecialty != null && p.specialtyIds().contains(wantedSpecialty), openCases,
					a.maxOpenCases(), awayUntil, awayUntil == null && a.worksOn(today.getDayOfWeek()),
					awayUntil == null && openCases < a.maxOpenCases());
		}).sorted(RANKING).toList();
	}

}
