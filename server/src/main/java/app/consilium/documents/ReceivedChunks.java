package app.consilium.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Which chunks of an upload the server holds: every chunk below {@code received} (the first one missing),
 * and a few of the window after it that arrived before an earlier one. Chunks are sent a few at a time, so
 * chunk 5 may be stored while chunk 4 is still on its way; a chunk further ahead than the window is refused.
 *
 * @param received how many leading chunks are stored: where a resumed upload continues
 * @param ahead chunks stored after the first missing one, in order
 */
record ReceivedChunks(int received, List<Integer> ahead) {

	/**
	 * Chunks may arrive this many at a time: chunk {@code n} is taken while any of the three before it is
	 * still missing, but not chunk {@code received + WINDOW}. The browser sends two at a time and retries
	 * one while the other goes on, so four leave room for that.
	 */
	static final int WINDOW = 4;

	ReceivedChunks {
		ahead = List.copyOf(ahead);
	}

	/**
	 * From the stored chunk numbers at or above {@code from}, in order, where every chunk below {@code from}
	 * is known to be stored.
	 */
	static ReceivedChunks of(int from, List<Integer> storedFrom) {
		int received = from;
		List<Integer> ahead = new ArrayList<>();
		for (int number : storedFrom) {
			if (number == received && ahead.isEmpty()) {
				received++;
			}
			else {
				ahead.add(number);
			}
		}
		return new ReceivedChunks(received, ahead);
	}

	/**
	 * Where the stored chunks start to be looked at, knowing only how many there are: no chunk lies
	 * {@link #WINDOW} or more past the first missing one, so at most {@code WINDOW - 1} of them are, and all
	 * chunks below {@code count - WINDOW + 1} are stored.
	 */
	static int lowestUnknown(int count) {
		return Math.max(0, count - WINDOW + 1);
	}

	boolean has(int number) {
		return number < received || ahead.contains(number);
	}

	boolean withinWindow(int number) {
		return number < received + WINDOW;
	}

	/** After storing {@code number}. */
	ReceivedChunks with(int number) {
		List<Integer> stored = new ArrayList<>(ahead);
		stored.add(number);
		stored.sort(null);
		return of(received, stored);
	}

}
