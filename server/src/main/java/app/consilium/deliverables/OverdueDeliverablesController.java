package app.consilium.deliverables;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.SignedInAccount;

/**
 * The dashboard's count of overdue deliverables on the person's cases, with the cases they are on, so the
 * dashboard can link to each. One statement, whatever the number of cases.
 */
@RestController
class OverdueDeliverablesController {

	private final DeliverableRepository repository;

	private final Deliverables deliverables;

	OverdueDeliverablesController(DeliverableRepository repository, Deliverables deliverables) {
		this.repository = repository;
		this.deliverables = deliverables;
	}

	record OverdueCase(UUID id, String reference, String name, int overdue, LocalDate earliestDue) {
	}

	record Overdue(int count, List<OverdueCase> cases) {
	}

	@GetMapping("/api/me/deliverables/overdue")
	Overdue overdue(@AuthenticationPrincipal SignedInAccount me) {
		List<OverdueCase> cases = repository.overdueFor(me.id(), deliverables.today())
			.stream()
			.map(c -> new OverdueCase(c.caseId(), c.reference(), c.name(), c.overdue(), c.earliestDue()))
			.toList();
		return new Overdue(cases.stream().mapToInt(OverdueCase::overdue).sum(), cases);
	}

}
