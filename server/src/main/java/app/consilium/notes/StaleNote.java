package app.consilium.notes;

/**
 * An edit or delete based on a version that is no longer current. It carries the current note so that the
 * 412 problem can hand it to the browser, which shows both versions instead of a bare "reload".
 */
class StaleNote extends RuntimeException {

	private final Note current;

	StaleNote(Note current) {
		super("stale note version", null, false, false);
		this.current = current;
	}

	Note current() {
		return current;
	}

}
