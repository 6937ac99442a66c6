package app.consilium.patients;

import java.util.Optional;
import java.util.regex.Pattern;

/** References as people read them (P-000123) and as stored (the number, so that order is numeric). */
final class PatientReference {

	private static final Pattern SPELLING = Pattern.compile("P-(\\d{1,15})", Pattern.CASE_INSENSITIVE);

	private PatientReference() {
	}

	static String format(long number) {
		return "P-%06d".formatted(number);
	}

	/** The number of a reference as typed (surrounding spaces and case forgiven); empty if it is not one. */
	static Optional<Long> parse(String text) {
		var matcher = SPELLING.matcher(text.trim());
		return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

}
