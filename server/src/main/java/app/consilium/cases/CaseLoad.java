package app.consilium.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import app.consilium.identity.AccountRenamed;

/**
 * What assignment needs to know about providers' cases: how many open ones each has (Assigned,
 * Accepted, In progress, Returned). Also keeps the doctor's name on cases current when a provider
 * renames themselves.
 */
@Service
public class CaseLoad {

	private final JdbcClient jdbc;

	private final CaseRepository cases;

	CaseLoad(JdbcClient jdbc, CaseRepository cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	/** Open cases per provider; a provider with none is absent. One query for any number of providers. */
	public Map<UUID, Integer> openCases(Collection<UUID> providerIds) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (providerIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select provider_id, count(*) from medical_case
				where provider_id in (:providers) and status in ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'RETURNED')
				group by provider_id""")
			.param("providers", Set.copyOf(providerIds))
			.query(rs -> {
				counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return counts;
	}

	/** What a case asks of its provider: the specialty wanted, if any. Empty when there is no such case. */
	public Optional<Need> need(UUID caseId) {
		return cases.find(caseId).map(c -> new Need(c.id(), c.details().specialtyId()));
	}

	public record Need(UUID caseId, UUID specialtyId) {
	}

	@EventListener
	void on(AccountRenamed renamed) {
		cases.renameDoctor(renamed.accountId(), renamed.fullName());
	}

}
