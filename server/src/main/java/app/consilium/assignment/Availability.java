package app.consilium.assignment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A provider's capacity, weekly working hours in their time zone, and time off. */
record Availability(UUID providerId, int maxOpenCases, ZoneId timeZone, List<Window> windows, List<TimeOff> timeOff,
		int version) {

	/** Until a provider says otherwise: ten open cases, no hours given, UTC. */
	static final int DEFAULT_MAX_OPEN_CASES = 10;

	static Availability unset(UUID providerId, List<TimeOff> timeOff) {
		return new Availability(providerId, DEFAULT_MAX_OPEN_CASES, ZoneId.of("UTC"), List.of(), timeOff, 0);
	}

	record Window(DayOfWeek weekday, LocalTime startsAt, LocalTime endsAt) {
	}

	record TimeOff(UUID id, LocalDate firstDay, LocalDate lastDay, String note) {

		boolean covers(LocalDate day) {
			return !day.isBefore(firstDay) && !day.isAfter(lastDay);
		}

	}

	/** The last day of the time off the provider is on that day, if they are. */
	Optional<LocalDate> awayUntil(LocalDate day) {
		return timeOff.stream().filter(t -> t.covers(day)).map(TimeOff::lastDay).max(LocalDate::compareTo);
	}

	boolean worksOn(DayOfWeek weekday) {
		return windows.stream().anyMatch(w -> w.weekday() == weekday);
	}

}
