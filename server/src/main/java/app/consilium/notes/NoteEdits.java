package app.consilium.notes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.cases.CaseMember;
import app.consilium.crypto.KeyScope;
import app.consilium.keys.CaseKeyDirectory;
import app.consilium.keys.SealedContent;
import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/**
 * Editing, deleting and the history of one note. A note the member's side cannot see (the other side's
 * memo, a deleted note) is "not found"; one they see but did not write is theirs to read, not to change
 * (403). A change names the version it is based on; a stale one is refused with the current note.
 */
@Service
class NoteEdits {

	private final NoteRepository notes;

	private final CaseKeyDirectory keys;

	private final NoteActivity activity;

	private final Clock clock;

	NoteEdits(NoteRepository notes, CaseKeyDirectory keys, NoteActivity activity, Clock clock) {
		this.notes = notes;
		this.keys = keys;
		this.activity = activity;
		this.clock = clock;
	}

	/** The note, if the member's side may read it. */
	Note readable(CaseMember member, UUID noteId) {
		return notes.find(member.caseId(), noteId)
			.filter(n -> n.visibleTo(member.side()))
			.orElseThrow(() -> ProblemException.notFound("note-not-found", "The note was not found."));
	}

	List<NoteRevision> revisions(CaseMember member, UUID noteId) {
		return notes.revisions(readable(member, noteId).id());
	}

	/** Replaces the body, keeping the one it replaces as a revision. */
	@Transactional
	Note edit(CaseMember member, UUID noteId, String ifMatch, String encodedBody) {
		Note note = authored(member, noteId);
		int version = Versions.fromIfMatch(ifMatch);
		KeyScope scope = Note.sealingScope(note.visibility(), note.side());
		SealedContent body = keys.requireSealed(member.caseId(), scope, "body", encodedBody);
		requireCurrent(note, version);
		Instant now = clock.instant();
		if (!notes.replaceBody(noteId, version, scope, body, now)) {
			throw stale(member, noteId);
		}
		notes.insertRevision(noteId, NoteRevision.of(note));
		activity.record(member.accountId(), note, "edited");
		return new Note(note.id(), note.caseId(), note.authorId(), note.visibility(), note.side(), body.bytes(), scope,
				body.generation(), note.createdAt(), now, version + 1);
	}

	@Transactional
	void delete(CaseMember member, UUID noteId, String ifMatch) {
		Note note = authored(member, noteId);
		int version = Versions.fromIfMatch(ifMatch);
		requireCurrent(note, version);
		if (!notes.markDeleted(noteId, version, member.accountId(), clock.instant())) {
			throw stale(member, noteId);
		}
		activity.record(member.accountId(), note, "deleted");
	}

	private Note authored(CaseMember member, UUID noteId) {
		Note note = readable(member, noteId);
		if (!note.authorId().equals(member.accountId())) {
			throw ProblemException.forbidden("note-author-only", "Only the author may change or delete a note.");
		}
		return note;
	}

	private static void requireCurrent(Note note, int version) {
		if (note.version() != version) {
			throw new StaleNote(note);
		}
	}

	/** Someone changed or deleted the note between reading and writing it: report what is there now. */
	private RuntimeException stale(CaseMember member, UUID noteId) {
		return notes.find(member.caseId(), noteId)
			.<RuntimeException>map(StaleNote::new)
			.orElseGet(() -> ProblemException.notFound("note-not-found", "The note was deleted."));
	}

}
