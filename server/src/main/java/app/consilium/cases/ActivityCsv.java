package app.consilium.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The activity trail as CSV (RFC 4180), oldest first as an auditor reads it. A cell that a spreadsheet
 * would run as a formula (it starts with =, +, - or @) is prefixed with an apostrophe.
 */
final class ActivityCsv {

	private ActivityCsv() {
	}

	static String write(List<CaseActivity.Entry> newestFirst, Map<UUID, String> names) {
		var csv = new StringBuilder("When (UTC),Who,Action,Detail\r\n");
		for (int i = newestFirst.size() - 1; i >= 0; i--) {
			CaseActivity.Entry e = newestFirst.get(i);
			csv.append(cell(e.at().toString()))
				.append(',')
				.append(cell(names.getOrDefault(e.actorId(), "")))
				.append(',')
				.append(cell(e.action()))
				.append(',')
				.append(cell(e.detail() == null ? "" : e.detail()))
				.append("\r\n");
		}
		return csv.toString();
	}

	static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
