package app.consilium.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceivedChunksTest {

	@Test
	@DisplayName("the leading run of stored chunks is what a resumed upload skips; the rest waits for the gap")
	void leadingRunAndAhead() {
		var stored = ReceivedChunks.of(0, List.of(0, 1, 3));
		assertThat(stored.received()).isEqualTo(2);
		assertThat(stored.ahead()).containsExactly(3);
		assertThat(stored.has(1)).isTrue();
		assertThat(stored.has(2)).isFalse();
		assertThat(stored.has(3)).isTrue();

		var filled = stored.with(2);
		assertThat(filled.received()).as("2 closes the gap up to 3").isEqualTo(4);
		assertThat(filled.ahead()).isEmpty();
	}

	@Test
	@DisplayName("chunks up to three past the first missing one are taken, the fourth is too early")
	void window() {
		var stored = ReceivedChunks.of(0, List.of(0, 1, 2, 3, 4, 6));
		assertThat(stored.withinWindow(8)).isTrue();
		assertThat(stored.withinWindow(9)).isFalse();
	}

	@Test
	@DisplayName("counting the stored chunks tells where the unknown part starts: fewer than the window lie ahead")
	void lowestUnknown() {
		assertThat(ReceivedChunks.lowestUnknown(0)).isZero();
		assertThat(ReceivedChunks.lowestUnknown(3)).isZero();
		// 10 stored: at most 3 of them lie past the first missing one, which is therefore 7 or later.
		assertThat(ReceivedChunks.lowestUnknown(10)).isEqualTo(7);
		// Chunks 0 to 7, 9 and 10 are stored: looking from 7 on is enough.
		var stored = ReceivedChunks.of(7, List.of(7, 9, 10));
		assertThat(stored.received()).isEqualTo(8);
		assertThat(stored.ahead()).containsExactly(9, 10);
	}

}
