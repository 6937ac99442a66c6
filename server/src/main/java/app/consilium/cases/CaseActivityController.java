package app.consilium.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.AccountDirectory;
import app.consilium.identity.SignedInAccount;

/**
 * The activity trail of a case, page by page or as a CSV file, and the collaborators with what each of
 * them did. Members see what their side may see; admins see all of it (it never holds content).
 */
@RestController
@Validated
class CaseActivityController {

	private final CaseActivity activity;

	private final CaseAccess access;

	private final CaseRepository cases;

	private final AccountDirectory accounts;

	CaseActivityController(CaseActivity activity, CaseAccess access, CaseRepository cases,
			AccountDirectory accounts) {
		this.activity = activity;
		this.access = access;
		this.cases = cases;
		this.accounts = accounts;
	}

	record EntryView(UUID id, CaseViews.Person actor, String action, String detail, Instant at) {
	}

	record CollaboratorView(UUID accountId, String fullName, CaseSide side, CaseMember.Role role, Instant addedAt,
			int actions, Instant lastActionAt) {
	}

	@GetMapping("/api/cases/{id}/activity")
	CaseViews.Page<EntryView> page(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@RequestParam(required = false) String before,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return page(id, access.requireMember(id, me).side(), before, limit);
	}

	@GetMapping("/api/admin/cases/{id}/activity")
	CaseViews.Page<EntryView> pageForAdmin(@PathVariable UUID id, @RequestParam(required = false) String before,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		cases.find(id).orElseThrow(CaseAccess::notFound);
		return page(id, null, before, limit);
	}

	@GetMapping("/api/cases/{id}/activity.csv")
	ResponseEntity<String> csv(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		CaseSide side = access.requireMember(id, me).side();
		return csv(cases.find(id).orElseThrow(CaseAccess::notFound), side);
	}

	@GetMapping("/api/admin/cases/{id}/activity.csv")
	ResponseEntity<String> csvForAdmin(@PathVariable UUID id) {
		return csv(cases.find(id).orElseThrow(CaseAccess::notFound), null);
	}

	@GetMapping("/api/cases/{id}/collaborators")
	List<CollaboratorView> collaborators(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		CaseSide side = access.requireMember(id, me).side();
		List<CaseMember> members = access.members(id);
		Map<UUID, CaseActivity.Tally> tallies = activity.tallies(id, side)
			.stream()
			.collect(Collectors.toMap(CaseActivity.Tally::actorId, Function.identity()));
		Map<UUID, String> names = accounts.names(members.stream().map(CaseMember::accountId).toList());
		return members.stream().map(m -> {
			var tally = tallies.get(m.accountId());
			return new CollaboratorView(m.accountId(), names.getOrDefault(m.accountId(), ""), m.side(), m.role(),
					m.addedAt(), tally == null ? 0 : tally.actions(), tally == null ? null : tally.lastActionAt());
		}).toList();
	}

	private CaseViews.Page<EntryView> page(UUID caseId, CaseSide side, String before, int limit) {
		List<CaseActivity.Entry> entries = activity.page(caseId, side, Cursor.decode(before), limit + 1);
		boolean more = entries.size() > limit;
		List<CaseActivity.Entry> shown = more ? entries.subList(0, limit) : entries;
		Map<UUID, String> names = namesOf(shown);
		List<EntryView> items = shown.stream()
			.map(e -> new EntryView(e.id(), new CaseViews.Person(e.actorId(), names.getOrDefault(e.actorId(), "")),
					e.action(), e.detail(), e.at()))
			.toList();
		CaseActivity.Entry last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new CaseViews.Page<>(items, more ? Cursor.of(last.at(), last.id()).encode() : null);
	}

	private ResponseEntity<String> csv(MedicalCase c, CaseSide side) {
		List<CaseActivity.Entry> entries = activity.page(c.id(), side, null, 0);
		String body = ActivityCsv.write(entries, namesOf(entries));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(c.reference() + "-activity.csv").build().toString())
			.body(body);
	}

	private Map<UUID, String> namesOf(List<CaseActivity.Entry> entries) {
		Set<UUID> actors = new HashSet<>();
		entries.forEach(e -> actors.add(e.actorId()));
		return accounts.names(actors);
	}

}
