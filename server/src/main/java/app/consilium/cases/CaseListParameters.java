package app.consilium.cases;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import app.consilium.platform.FieldProblem;

/** The query string of a case list (docs/api/cases.md). */
record CaseListParameters(String view, String sort, String direction, CaseStatus status,
		EngagementType engagementType, UUID specialtyId, UUID providerId, UUID organizationId,
		@Size(max = 200) String q, @Size(max = 500) String after,
		@Min(1) @Max(CaseListQuery.MAX_LIMIT) Integer limit) {

	CaseListQuery.Criteria criteria(boolean admin) {
		CaseStatus.View listView = parse(CaseStatus.View.class, view, CaseStatus.View.ACTIVE, "view");
		CaseListQuery.Sort by = parse(CaseListQuery.Sort.class, sort, CaseListQuery.Sort.ACTIVITY, "sort");
		boolean descending = direction == null ? by.descendingByDefault()
				: switch (direction) {
					case "asc" -> false;
					case "desc" -> true;
					default -> throw new FieldProblem("direction", "Use asc or desc.");
				};
		if (!admin && organizationId != null) {
			throw new FieldProblem("organizationId", "Only admins filter by organization.");
		}
		return new CaseListQuery.Criteria(listView, by, descending, status, engagementType, specialtyId,
				providerId, organizationId, q, Cursor.decode(after), limit == null ? 25 : limit);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String field) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem(field, "Use one of " + List.of(type.getEnumConstants())
				.stream()
				.map(e -> e.name().toLowerCase(Locale.ROOT))
				.toList() + ".");
		}
	}

}
