-- Editing and deleting notes (docs/decisions/0012-note-edits-and-deletion.md).
-- Every earlier body of a note is kept, sealed as it was: an edit moves the body it replaces here.
-- Deleting a note only marks it: it leaves every list and endpoint, its ciphertext stays until the case goes.

alter table case_note add column deleted_at timestamp with time zone;
alter table case_note add column deleted_by uuid;
alter table case_note add constraint case_note_deleted_by_fk foreign key (deleted_by) references account (id);

create table case_note_revision (
    note_id     uuid                     not null,
    version     int                      not null,
    body_sealed bytea                    not null,
    generation  int                      not null,
    written_by  uuid                     not null,
    written_at  timestamp with time zone not null,
    constraint case_note_revision_pk primary key (note_id, version),
    constraint case_note_revision_note_fk foreign key (note_id) references case_note (id) on delete cascade,
    constraint case_note_revision_writer_fk foreign key (written_by) references account (id)
);
