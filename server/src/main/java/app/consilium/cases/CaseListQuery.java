package app.consilium.cases;

import static app.consilium.platform.Sql.utc;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One page of a case list, by keyset: the page after a cursor is found on the index of the sort column
 * (every sortable column has one, the reference breaking ties), so a deep page costs what the first one
 * does. Ties break on the reference rather than the id: it is unique, and text compares the same way in
 * every database and driver, which a bound UUID does not.
 * A person sees the cases they are a member of; an admin sees every case.
 */
@Repository
class CaseListQuery {

	static final int MAX_LIMIT = 100;

	private final JdbcClient jdbc;

	CaseListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	enum Sort {

		ACTIVITY("c.last_activity_at", true), CREATED("c.created_at", true), NAME("c.name", false),
		DOCTOR("c.doctor_name", false), STATUS("c.status", false);

		private final String column;

		private final boolean temporal;

		Sort(String column, boolean temporal) {
			this.column = column;
			this.temporal = temporal;
		}

		/** Dates newest first, words from A. */
		boolean descendingByDefault() {
			return temporal;
		}

		String valueOf(MedicalCase c) {
			return switch (this) {
				case ACTIVITY -> c.lastActivityAt().toString();
				case CREATED -> c.createdAt().toString();
				case NAME -> c.name();
				case DOCTOR -> c.doctorName() == null ? "" : c.doctorName();
				case STATUS -> c.status().name();
			};
		}

	}

	record Criteria(CaseStatus.View view, Sort sort, boolean descending, CaseStatus status,
			EngagementType engagementType, UUID specialtyId, UUID providerId, UUID organizationId, String search,
			Cursor after, int limit) {
	}

	record Page(List<MedicalCase> cases, Cursor next) {
	}

	/** The page for {@code memberId}, or for an admin when it is null. */
	Page page(UUID memberId, Criteria criteria) {
		Set<CaseStatus> statuses = EnumSet.copyOf(criteria.view().statuses());
		if (criteria.status() != null) {
			statuses.retainAll(Set.of(criteria.status()));
			if (statuses.isEmpty()) {
				return new Page(List.of(), null);
			}
		}
		var sql = new StringBuilder("select ").append(CaseRepository.COLUMNS).append(" from medical_case c");
		Map<String, Object> params = new HashMap<>();
		sql.append(" where c.status in (:statuses)");
		if (memberId != null) {
			// The member's case ids as one array, then primary-key look-ups: PostgreSQL evaluates the array once
			// (an InitPlan) and starts from the member's few hundred rows, then sorts the top N. With a semi-join
			// (c.id in (select ...)) it walked the sort column's index over every case and probed membership
			// row by row (12,000 rows, 50,000 buffers for a requester on 500 cases of 100,000). Not a join either:
			// H2 returned a join with case_member out of order when the sort column had ties (CaseListIT walks
			// such pages); H2 looks this form up by primary key too.
			sql.append(" and c.id = any(array(select m.case_id from case_member m where m.account_id = :member))");
			params.put("member", memberId);
		}
		params.put("statuses", statuses.stream().map(Enum::name).toList());
		filter(sql, params, "c.engagement_type", "type", criteria.engagementType() == null ? null
				: criteria.engagementType().name());
		filter(sql, params, "c.specialty_id", "specialty", criteria.specialtyId());
		filter(sql, params, "c.provider_id", "provider", criteria.providerId());
		filter(sql, params, "c.requester_org_id", "organization", criteria.organizationId());
		if (criteria.search() != null && !criteria.search().isBlank()) {
			String search = criteria.search().trim();
			sql.append(" and (lower(c.name) like :pattern escape '\\' or c.reference = :reference)");
			params.put("pattern", "%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%");
			params.put("reference", search.toUpperCase(Locale.ROOT));
		}
		Sort sort = criteria.sort();
		String after = criteria.descending() ? "<" : ">";
		if (criteria.after() != null) {
			sql.append(" and (%s, c.reference) %s (:afterValue, :afterReference)".formatted(sort.column, after));
			params.put("afterValue", sort.temporal ? utc(criteria.after().instant()) : criteria.after().value());
			params.put("afterReference", criteria.after().tieBreaker());
		}
		String direction = criteria.descending() ? " desc" : " asc";
		sql.append(" order by ").append(sort.column).append(direction).append(", c.reference").append(direction);
		sql.append(" limit :limit");
		params.put("limit", criteria.limit() + 1);
		List<MedicalCase> rows = jdbc.sql(sql.toString()).params(params).query(CaseRepository::map).list();
		if (rows.size() <= criteria.limit()) {
			return new Page(rows, null);
		}
		List<MedicalCase> page = rows.subList(0, criteria.limit());
		MedicalCase last = page.get(page.size() - 1);
		return new Page(page, new Cursor(sort.valueOf(last), last.reference()));
	}

	private static void filter(StringBuilder sql, Map<String, Object> params, String column, String name,
			Object value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = :").append(name);
			params.put(name, value);
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
