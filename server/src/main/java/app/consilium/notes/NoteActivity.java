package app.consilium.notes;

import java.util.UUID;

import org.springframework.stereotype.Component;

import app.consilium.cases.CaseActivity;

/** What happened to a note, on the case's trail: "note.edited" for both sides, a memo's only for its side. */
@Component
class NoteActivity {

	private final CaseActivity activity;

	NoteActivity(CaseActivity activity) {
		this.activity = activity;
	}

	void record(UUID actorId, Note note, String verb) {
		String action = (note.isMemo() ? "memo." : "note.") + verb;
		if (note.isMemo()) {
			activity.recordForSide(note.caseId(), actorId, action, note.side());
		}
		else {
			activity.record(note.caseId(), actorId, action, null);
		}
	}

}
