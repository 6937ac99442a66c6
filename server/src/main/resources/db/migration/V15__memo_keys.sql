-- Each side's internal memos get their own key (docs/crypto.md §8, scopes 4 and 5), held by that side's
-- members alone, so the other side cannot open a memo whatever the server hands it.
alter table case_key_generation drop constraint case_key_generation_scope_ck;
alter table case_key_generation add constraint case_key_generation_scope_ck check (scope in (1, 2, 4, 5));

-- The scope of the key a body is sealed with. Notes and the memos written before this change: the case
-- key (1); memos from now on: their side's memo key (4 requester, 5 provider).
alter table case_note add column key_scope smallint default 1 not null;
alter table case_note add constraint case_note_key_scope_ck check (key_scope in (1, 4, 5));
alter table case_note_revision add column key_scope smallint default 1 not null;
alter table case_note_revision add constraint case_note_revision_key_scope_ck check (key_scope in (1, 4, 5));
