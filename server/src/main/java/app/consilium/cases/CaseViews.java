package app.consilium.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.consilium.identity.AccountDirectory;

/**
 * Cases as the API shows them. Names of people, organizations and specialties are looked up once per
 * page or case, whatever the number of rows: the case list runs a constant number of statements.
 */
@Component
class CaseViews {

	private final CaseAccess access;

	private final CaseTransitions transitions;

	private final AccountDirectory accounts;

	CaseViews(CaseAccess access, CaseTransitions transitions, AccountDirectory accounts) {
		this.access = access;
		this.transitions = transitions;
		this.accounts = accounts;
	}

	record Person(UUID id, String fullName) {
	}

	record Named(UUID id, String name) {
	}

	record CaseSummary(UUID id, String reference, String name, EngagementType engagementType, CaseStatus status,
			Person doctor, Named specialty, Named organization, Urgency urgency, LocalDate dueDate, Instant createdAt,
			Instant lastActivityAt) {
	}

	record MemberView(UUID accountId, String fullName, CaseSide side, CaseMember.Role role, Instant addedAt) {
	}

	record TransitionView(CaseAction action, CaseStatus from, CaseStatus to, Person actor, Person provider,
			String reason, Instant at) {
	}

	record CaseView(CaseSummary summary, String description, ExpertService expertService, String matterReference,
			UUID patientId, int version, List<MemberView> members, MemberView me, List<TransitionView> transitions,
			List<CaseAction> actions) {
	}

	record Page<T>(List<T> items, String next) {
	}

	Page<CaseSummary> page(CaseListQuery.Page page) {
		List<CaseSummary> items = summaries(page.cases());
		return new Page<>(items, page.next() == null ? null : page.next().encode());
	}

	List<CaseSummary> summaries(List<MedicalCase> cases) {
		Map<UUID, String> specialties = accounts.specialtyNames(
				cases.stream().map(c -> c.details().specialtyId()).filter(Objects::nonNull).toList());
		Map<UUID, String> organizations = accounts
			.organizationNames(cases.stream().map(MedicalCase::requesterOrganizationId).toList());
		return cases.stream().map(c -> summary(c, specialties, organizations)).toList();
	}

	/** The case as {@code viewer} sees it: a member (with the actions open to them) or, when null, an admin. */
	CaseView view(MedicalCase c, UUID viewer, CaseAction.Party party) {
		List<CaseMember> members = access.members(c.id());
		List<CaseTransitions.Transition> timeline = transitions.of(c.id());
		Set<UUID> people = new HashSet<>();
		members.forEach(m -> people.add(m.accountId()));
		timeline.forEach(t -> {
			people.add(t.actorId());
			if (t.providerId() != null) {
				people.add(t.providerId());
			}
		});
		Map<UUID, String> names = accounts.names(people);
		List<MemberView> memberViews = members.stream()
			.map(m -> new MemberView(m.accountId(), names.getOrDefault(m.accountId(), ""), m.side(), m.role(),
					m.addedAt()))
			.toList();
		MemberView me = memberViews.stream().filter(m -> m.accountId().equals(viewer)).findFirst().orElse(null);
		List<TransitionView> timelineViews = timeline.stream()
			.map(t -> new TransitionView(t.action(), t.from(), t.to(), person(t.actorId(), names),
					t.providerId() == null ? null : person(t.providerId(), names), t.reason(), t.at()))
			.toList();
		List<CaseAction> actions = Arrays.stream(CaseAction.values())
			.filter(a -> a.available(party, c.status()))
			.toList();
		var d = c.details();
		return new CaseView(summaries(List.of(c)).get(0), d.description(), d.expertService(), d.matterReference(),
				d.patientId(), c.version(), memberViews, me, timelineViews, actions);
	}

	private static CaseSummary summary(MedicalCase c, Map<UUID, String> specialties, Map<UUID, String> organizations) {
		UUID specialtyId = c.details().specialtyId();
		return new CaseSummary(c.id(), c.reference(), c.name(), c.engagementType(), c.status(),
				c.providerId() == null ? null : new Person(c.providerId(), c.doctorName()),
				specialtyId == null ? null : new Named(specialtyId, specialties.get(specialtyId)),
				new Named(c.requesterOrganizationId(), organizations.get(c.requesterOrganizationId())),
				c.details().urgency(), c.details().dueDate(), c.createdAt(), c.lastActivityAt());
	}

	private static Person person(UUID id, Map<UUID, String> names) {
		return new Person(id, names.getOrDefault(id, ""));
	}

}
