package app.consilium.notes;

import java.time.Instant;
import java.util.UUID;

import app.consilium.cases.CaseSide;
import app.consilium.crypto.KeyScope;
import app.consilium.keys.CaseKeyDirectory;

/**
 * A note as stored: who wrote it, who may read it, and its sealed body with the scope and generation of
 * the key that sealed it. Only the author edits a note, so {@code authorId} and {@code updatedAt} also say
 * who wrote the current version and when.
 */
record Note(UUID id, UUID caseId, UUID authorId, Visibility visibility, CaseSide side, byte[] bodySealed,
		KeyScope keyScope, int generation, Instant createdAt, Instant updatedAt, int version) {

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

	/**
	 * The key a new body must be sealed with: the case key for a shared note, the author's side's memo key
	 * for a memo (memos written before that key existed stay readable with the case key they name).
	 */
	static KeyScope sealingScope(Visibility visibility, CaseSide side) {
		return visibility == Visibility.INTERNAL ? CaseKeyDirectory.memoScope(side) : KeyScope.CASE;
	}

}
