package app.consilium.assignment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.consilium.platform.ProblemException;

/** {@code provider_availability}, {@code availability_window} and {@code time_off}. */
@Repository
class AvailabilityRepository {

	private final JdbcClient jdbc;

	AvailabilityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Availability of(UUID providerId) {
		return of(Set.of(providerId)).get(providerId);
	}

	/** Everyone's availability in three queries, whatever their number; unset ones get the defaults. */
	Map<UUID, Availability> of(Collection<UUID> providerIds) {
		Map<UUID, Availability> result = new HashMap<>();
		if (providerIds.isEmpty()) {
			return result;
		}
		Set<UUID> ids = Set.copyOf(providerIds);
		Map<UUID, List<Availability.Window>> windows = new HashMap<>();
		jdbc.sql("""
				select account_id, weekday, starts_at, ends_at from availability_window where account_id in (:ids)
				order by weekday, starts_at""")
			.param("ids", ids)
			.query(rs -> {
				windows.computeIfAbsent(rs.getObject("account_id", UUID.class), id -> new ArrayList<>())
					.add(new Availability.Window(DayOfWeek.of(rs.getInt("weekday")),
							rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)));
			});
		Map<UUID, List<Availability.TimeOff>> timeOff = new HashMap<>();
		jdbc.sql("""
				select id, account_id, first_day, last_day, note from time_off where account_id in (:ids)
				order by first_day""")
			.param("ids", ids)
			.query(rs -> {
				timeOff.computeIfAbsent(rs.getObject("account_id", UUID.class), id -> new ArrayList<>())
					.add(new Availability.TimeOff(rs.getObject("id", UUID.class),
							rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
							rs.getString("note")));
			});
		jdbc.sql("select account_id, max_open_cases, time_zone, version from provider_availability where account_id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				UUID id = rs.getObject("account_id", UUID.class);
				result.put(id, new Availability(id, rs.getInt("max_open_cases"), ZoneId.of(rs.getString("time_zone")),
						windows.getOrDefault(id, List.of()), timeOff.getOrDefault(id, List.of()), rs.getInt("version")));
			});
		for (UUID id : ids) {
			result.computeIfAbsent(id, unset -> Availability.unset(unset, timeOff.getOrDefault(unset, List.of())));
		}
		return result;
	}

	/** Replaces capacity, time zone and hours if nobody changed them since {@code version}; 412 otherwise. */
	void save(UUID providerId, int version, int maxOpenCases, ZoneId timeZone, List<Availability.Window> windows) {
		int updated = version == 0 ? insert(providerId, maxOpenCases, timeZone)
				: jdbc.sql("""
						update provider_availability set max_open_cases = ?, time_zone = ?, version = version + 1
						where account_id = ? and version = ?""")
					.params(maxOpenCases, timeZone.getId(), providerId, version)
					.update();
		if (updated != 1) {
			throw ProblemException.preconditionFailed();
		}
		jdbc.sql("delete from availability_window where account_id = ?").param(providerId).update();
		for (Availability.Window w : windows) {
			jdbc.sql("insert into availability_window (account_id, weekday, starts_at, ends_at) values (?, ?, ?, ?)")
				.params(providerId, w.weekday().getValue(), w.startsAt(), w.endsAt())
				.update();
		}
	}

	/** The first save; someone else's first save in between makes this one stale. */
	private int insert(UUID providerId, int maxOpenCases, ZoneId timeZone) {
		try {
			return jdbc.sql("insert into provider_availability (account_id, max_open_cases, time_zone, version) values (?, ?, ?, 1)")
				.params(providerId, maxOpenCases, timeZone.getId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			return 0;
		}
	}

	void addTimeOff(UUID providerId, Availability.TimeOff timeOff) {
		jdbc.sql("insert into time_off (id, account_id, first_day, last_day, note) values (?, ?, ?, ?, ?)")
			.params(timeOff.id(), providerId, timeOff.firstDay(), timeOff.lastDay(), timeOff.note())
			.update();
	}

	boolean removeTimeOff(UUID providerId, UUID timeOffId) {
		return jdbc.sql("delete from time_off where id = ? and account_id = ?").params(timeOffId, providerId).update() == 1;
	}

}
