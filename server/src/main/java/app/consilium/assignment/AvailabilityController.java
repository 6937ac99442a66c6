package app.consilium.assignment;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseLoad;
import app.consilium.identity.AccountRole;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/** A provider's own availability: capacity, time zone, weekly hours and time off. */
@RestController
class AvailabilityController {

	private final AvailabilityRepository availability;

	private final CaseLoad load;

	AvailabilityController(AvailabilityRepository availability, CaseLoad load) {
		this.availability = availability;
		this.load = load;
	}

	record WindowView(@Min(1) @Max(7) int weekday, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt) {
	}

	record TimeOffView(UUID id, LocalDate firstDay, LocalDate lastDay, String note) {
	}

	record AvailabilityView(int maxOpenCases, String timeZone, List<WindowView> windows, List<TimeOffView> timeOff,
			int openCases, int version) {
	}

	record Changes(@Min(0) @Max(500) int maxOpenCases, @NotBlank String timeZone,
			@NotNull @Size(max = 50) List<@Valid WindowView> windows) {
	}

	record NewTimeOff(@NotNull LocalDate firstDay, @NotNull LocalDate lastDay, @Size(max = 200) String note) {
	}

	@GetMapping("/api/me/availability")
	ResponseEntity<AvailabilityView> mine(@AuthenticationPrincipal SignedInAccount me) {
		return view(requireProvider(me));
	}

	@PutMapping("/api/me/availability")
	@Transactional
	ResponseEntity<AvailabilityView> save(@AuthenticationPrincipal SignedInAccount me,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody Changes changes) {
		UUID provider = requireProvider(me);
		int version = Versions.fromIfMatch(ifMatch);
		List<Availability.Window> windows = windows(changes.windows());
		availability.save(provider, version, changes.maxOpenCases(), zone(changes.timeZone()), windows);
		return view(provider);
	}

	@PostMapping("/api/me/time-off")
	ResponseEntity<TimeOffView> addTimeOff(@AuthenticationPrincipal SignedInAccount me,
			@Valid @RequestBody NewTimeOff request) {
		UUID provider = requireProvider(me);
		if (request.lastDay().isBefore(request.firstDay())) {
			throw new FieldProblem("lastDay", "The last day comes before the first.");
		}
		String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
		var timeOff = new Availability.TimeOff(UUID.randomUUID(), request.firstDay(), request.lastDay(), note);
		availability.addTimeOff(provider, timeOff);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new TimeOffView(timeOff.id(), timeOff.firstDay(), timeOff.lastDay(), timeOff.note()));
	}

	@DeleteMapping("/api/me/time-off/{id}")
	ResponseEntity<Void> removeTimeOff(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		if (!availability.removeTimeOff(requireProvider(me), id)) {
			throw ProblemException.notFound("The time off");
		}
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<AvailabilityView> view(UUID provider) {
		Availability a = availability.of(provider);
		var body = new AvailabilityView(a.maxOpenCases(), a.timeZone().getId(),
				a.windows()
					.stream()
					.map(w -> new WindowView(w.weekday().getValue(), w.startsAt(), w.endsAt()))
					.toList(),
				a.timeOff().stream().map(t -> new TimeOffView(t.id(), t.firstDay(), t.lastDay(), t.note())).toList(),
				load.openCases(Set.of(provider)).getOrDefault(provider, 0), a.version());
		return ResponseEntity.ok().eTag(Versions.etag(a.version())).body(body);
	}

	/** Windows in order; one that ends before it starts or overlaps another on the same day is refused. */
	private static List<Availability.Window> windows(List<WindowView> requested) {
		List<Availability.Window> windows = requested.stream()
			.map(w -> new Availability.Window(DayOfWeek.of(w.weekday()), w.startsAt(), w.endsAt()))
			.sorted(Comparator.comparing(Availability.Window::weekday).thenComparing(Availability.Window::startsAt))
			.toList();
		for (int i = 0; i < windows.size(); i++) {
			Availability.Window w = windows.get(i);
			if (!w.endsAt().isAfter(w.startsAt())) {
				throw new FieldProblem("windows", "Working hours must end after they start.");
			}
			if (i > 0 && windows.get(i - 1).weekday() == w.weekday()
					&& windows.get(i - 1).endsAt().isAfter(w.startsAt())) {
				throw new FieldProblem("windows", "Working hours on the same day must not overlap.");
			}
		}
		return windows;
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			throw new FieldProblem("timeZone", "Not a time zone.");
		}
	}

	private static UUID requireProvider(SignedInAccount me) {
		if (me.role() != AccountRole.PROVIDER) {
			throw ProblemException.forbidden("providers-only", "Only providers set their availability.");
		}
		return me.id();
	}

}
