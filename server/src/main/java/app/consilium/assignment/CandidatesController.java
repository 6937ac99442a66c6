package app.consilium.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseLoad;
import app.consilium.identity.AccountDirectory;
import app.consilium.platform.ProblemException;

/** For an admin assigning a case: the suitable providers, best first. */
@RestController
class CandidatesController {

	private final Candidates candidates;

	private final CaseLoad load;

	private final AccountDirectory accounts;

	CandidatesController(Candidates candidates, CaseLoad load, AccountDirectory accounts) {
		this.candidates = candidates;
		this.load = load;
		this.accounts = accounts;
	}

	record Person(UUID id, String fullName) {
	}

	record CandidateView(Person provider, List<String> specialties, boolean specialtyMatch, int openCases,
			int maxOpenCases, LocalDate onTimeOffUntil, boolean worksToday, boolean available) {
	}

	@GetMapping("/api/admin/cases/{id}/candidates")
	List<CandidateView> candidates(@PathVariable UUID id) {
		CaseLoad.Need need = load.need(id).orElseThrow(() -> ProblemException.notFound("The case"));
		List<Candidates.Candidate> ranked = candidates.forSpecialty(need.specialtyId());
		Map<UUID, String> specialtyNames = accounts
			.specialtyNames(ranked.stream().map(Candidates.Candidate::specialtyIds).flatMap(Collection::stream).toList());
		return ranked.stream()
			.map(c -> new CandidateView(new Person(c.providerId(), c.fullName()),
					c.specialtyIds().stream().map(specialtyNames::get).sorted().toList(), c.specialtyMatch(),
					c.openCases(), c.maxOpenCases(), c.onTimeOffUntil(), c.worksToday(), c.available()))
			.toList();
	}

}
