package app.consilium.notes;

import java.time.Instant;
import java.util.UUID;

import app.consilium.cases.CaseSide;

/**
 * A note as stored: who wrote it, who may read it, and its sealed body. Only the author edits a note, so
 * {@code authorId} and {@code updatedAt} also say who wrote the current version and when.
 */
record Note(UUID id, UUID caseId, UUID authorId, Visibility visibility, CaseSide side, byte[] bodySealed,
		int generation, Instant createdAt, Instant updatedAt, int version) {

	enum Visibility {

		/** Both sides of the case. */
		SHARED,

		/** The author's side only: an internal memo. */
		INTERNAL

	}

	boolean visibleTo(CaseSide reader) {
		return visibility == Visibility.SHARED || side == reader;
	}

	boolean isMemo() {
		return visibility == Visibility.INTERNAL;
	}

}
