package app.consilium.notes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseMember;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.KeyScope;
import app.consilium.identity.SignedInAccount;
import app.consilium.keys.CaseKeyDirectory;
import app.consilium.keys.SealedContent;
import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/**
 * Writing and reading notes. The browser chooses the note's id, because the sealed body is bound to it
 * (the associated data names case, kind and object id): the server cannot move it to another note.
 * Edits and deletions name the version they are based on (If-Match); see {@link NoteEdits}.
 */
@RestController
class NotesController {

	/** 64 KiB of text, sealed and base64url-encoded, with room to spare. */
	private static final int MAX_ENCODED_BODY = 96 * 1024;

	private final NoteRepository notes;

	private final CaseAccess access;

	private final CaseKeyDirectory keys;

	private final NoteActivity activity;

	private final NoteEdits edits;

	private final Clock clock;

	NotesController(NoteRepository notes, CaseAccess access, CaseKeyDirectory keys, NoteActivity activity,
			NoteEdits edits, Clock clock) {
		this.notes = notes;
		this.access = access;
		this.keys = keys;
		this.activity = activity;
		this.edits = edits;
		this.clock = clock;
	}

	record NewNote(@NotNull UUID id, @NotNull Note.Visibility visibility,
			@NotBlank @Size(max = MAX_ENCODED_BODY) String body) {
	}

	record NoteEdit(@NotBlank @Size(max = MAX_ENCODED_BODY) String body) {
	}

	/**
	 * {@code scope} and {@code generation} name the key that opens the body; {@code updatedAt} and
	 * {@code version > 0} tell that and when the author edited the note.
	 */
	record NoteView(UUID id, UUID authorId, Note.Visibility visibility, String body, KeyScope scope, int generation,
			Instant createdAt, Instant updatedAt, int version) {

		static NoteView of(Note n) {
			return new NoteView(n.id(), n.authorId(), n.visibility(), Base64Url.encode(n.bodySealed()), n.keyScope(),
					n.generation(), n.createdAt(), n.updatedAt(), n.version());
		}

	}

	record RevisionView(int version, String body, KeyScope scope, int generation, UUID writtenBy, Instant writtenAt) {

		static RevisionView of(NoteRevision r) {
			return new RevisionView(r.version(), Base64Url.encode(r.bodySealed()), r.keyScope(), r.generation(),
					r.writtenBy(), r.writtenAt());
		}

	}

	@GetMapping("/api/cases/{caseId}/notes")
	List<NoteView> list(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId) {
		CaseMember member = access.requireMember(caseId, me);
		return notes.visibleTo(caseId, member.side()).stream().map(NoteView::of).toList();
	}

	@PostMapping("/api/cases/{caseId}/notes")
	ResponseEntity<NoteView> create(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@Valid @RequestBody NewNote request) {
		CaseMember member = access.requireMember(caseId, me);
		KeyScope scope = Note.sealingScope(request.visibility(), member.side());
		SealedContent sealed = keys.requireSealed(caseId, scope, "body", request.body());
		if (notes.exists(request.id())) {
			throw ProblemException.conflict("note-exists", "A note with this id already exists.");
		}
		Instant now = clock.instant();
		var note = new Note(request.id(), caseId, me.id(), request.visibility(), member.side(), sealed.bytes(), scope,
				sealed.generation(), now, now, 0);
		notes.insert(note);
		activity.record(me.id(), note, "added");
		return ResponseEntity.status(HttpStatus.CREATED).body(NoteView.of(note));
	}

	@PutMapping("/api/cases/{caseId}/notes/{noteId}")
	ResponseEntity<NoteView> edit(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@PathVariable UUID noteId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody NoteEdit request) {
		Note edited = edits.edit(access.requireMember(caseId, me), noteId, ifMatch, request.body());
		return ResponseEntity.ok().eTag(Versions.etag(edited.version())).body(NoteView.of(edited));
	}

	@DeleteMapping("/api/cases/{caseId}/notes/{noteId}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@PathVariable UUID noteId, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		edits.delete(access.requireMember(caseId, me), noteId, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/cases/{caseId}/notes/{noteId}/revisions")
	List<RevisionView> revisions(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@PathVariable UUID noteId) {
		return edits.revisions(access.requireMember(caseId, me), noteId).stream().map(RevisionView::of).toList();
	}

	/** The usual stale-version problem, with the note as it is now under {@code current}. */
	@ExceptionHandler(StaleNote.class)
	ResponseEntity<ProblemDetail> stale(StaleNote ex) {
		ProblemDetail problem = new ProblemException(HttpStatus.PRECONDITION_FAILED, "stale-version",
				"This note was changed in the meantime.").toProblemDetail();
		problem.setProperty("current", NoteView.of(ex.current()));
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.eTag(Versions.etag(ex.current().version()))
			.body(problem);
	}

}
