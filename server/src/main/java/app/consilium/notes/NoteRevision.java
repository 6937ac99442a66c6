package app.consilium.notes;

import java.time.Instant;
import java.util.UUID;

import app.consilium.crypto.KeyScope;

/** An earlier version of a note's body, sealed as it was written; an edit keeps the body it replaces. */
record NoteRevision(int version, byte[] bodySealed, KeyScope keyScope, int generation, UUID writtenBy,
		Instant writtenAt) {

	static NoteRevision of(Note replaced) {
		return new NoteRevision(replaced.version(), replaced.bodySealed(), replaced.keyScope(), replaced.generation(),
				replaced.authorId(), replaced.updatedAt());
	}

}
