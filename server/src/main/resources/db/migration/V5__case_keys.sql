-- Case keys never reach the server. What it keeps: which generations of a case's keys exist (per scope:
-- 1 = case content, 2 = chat), and each member's grant, a case key sealed to that member's public key and
-- signed by the member who shared it (docs/crypto.md §8).

create table case_key_generation (
    case_id    uuid                     not null,
    scope      smallint                 not null,
    generation int                      not null,
    created_by uuid                     not null,
    created_at timestamp with time zone not null,
    constraint case_key_generation_pk primary key (case_id, scope, generation),
    constraint case_key_generation_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint case_key_generation_scope_ck check (scope in (1, 2)),
    constraint case_key_generation_positive_ck check (generation >= 1)
);

create table case_key_grant (
    case_id               uuid                     not null,
    scope                 smallint                 not null,
    generation            int                      not null,
    recipient_id          uuid                     not null,
    recipient_fingerprint varchar(64)              not null,
    granter_id            uuid                     not null,
    grant_sealed          bytea                    not null,
    created_at            timestamp with time zone not null,
    constraint case_key_grant_pk primary key (case_id, scope, generation, recipient_id),
    constraint case_key_grant_generation_fk foreign key (case_id, scope, generation)
        references case_key_generation (case_id, scope, generation) on delete cascade,
    constraint case_key_grant_recipient_fk foreign key (recipient_id) references account (id),
    constraint case_key_grant_granter_fk foreign key (granter_id) references account (id)
);
create index case_key_grant_recipient_idx on case_key_grant (recipient_id);

-- A member left: the next client that can share creates a new generation without them.
create table case_key_rotation (
    case_id      uuid                     not null,
    scope        smallint                 not null,
    requested_at timestamp with time zone not null,
    constraint case_key_rotation_pk primary key (case_id, scope),
    constraint case_key_rotation_case_fk foreign key (case_id) references medical_case (id) on delete cascade
);
