-- Notes on a case: shared with both sides, or internal memos visible to the author's side only.
-- The text is sealed in the browser with the case key (docs/crypto.md §9, kind "note" or "memo").

create table case_note (
    id           uuid                     not null,
    case_id      uuid                     not null,
    author_id    uuid                     not null,
    visibility   varchar(20)              not null,
    side         varchar(20)              not null,
    body_sealed  bytea                    not null,
    generation   int                      not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      int                      not null,
    constraint case_note_pk primary key (id),
    constraint case_note_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint case_note_author_fk foreign key (author_id) references account (id),
    constraint case_note_visibility_ck check (visibility in ('SHARED', 'INTERNAL')),
    constraint case_note_side_ck check (side in ('REQUESTER', 'PROVIDER'))
);
create index case_note_case_idx on case_note (case_id, created_at);
