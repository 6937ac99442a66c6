-- Patients of requester organizations. The server keeps only what is not identifying: a reference
-- (P-000123, from a sequence), a status, the organization and who changed it when. The personal details
-- are one content envelope (kind "patient") sealed in the browser with the organization's patients key,
-- which reaches the organization's requesters as grants exactly like case keys do (docs/crypto.md §8),
-- with the organization id where a case key names its case and the scope always PATIENTS (3).

create table organization_key_generation (
    organization_id uuid                     not null,
    generation      int                      not null,
    created_by      uuid                     not null,
    created_at      timestamp with time zone not null,
    constraint organization_key_generation_pk primary key (organization_id, generation),
    constraint organization_key_generation_organization_fk foreign key (organization_id) references organization (id),
    constraint organization_key_generation_creator_fk foreign key (created_by) references account (id),
    constraint organization_key_generation_positive_ck check (generation >= 1)
);

create table organization_key_grant (
    organization_id       uuid                     not null,
    generation            int                      not null,
    recipient_id          uuid                     not null,
    recipient_fingerprint varchar(64)              not null,
    granter_id            uuid                     not null,
    grant_sealed          bytea                    not null,
    created_at            timestamp with time zone not null,
    constraint organization_key_grant_pk primary key (organization_id, generation, recipient_id),
    constraint organization_key_grant_generation_fk foreign key (organization_id, generation)
        references organization_key_generation (organization_id, generation),
    constraint organization_key_grant_recipient_fk foreign key (recipient_id) references account (id),
    constraint organization_key_grant_granter_fk foreign key (granter_id) references account (id)
);
create index organization_key_grant_recipient_idx on organization_key_grant (recipient_id);

-- A requester left (was deactivated): the next colleague who can share creates a generation without them.
create table organization_key_rotation (
    organization_id uuid                     not null,
    requested_at    timestamp with time zone not null,
    constraint organization_key_rotation_pk primary key (organization_id),
    constraint organization_key_rotation_organization_fk foreign key (organization_id) references organization (id)
);

create sequence patient_reference_seq start with 1;

-- The reference is stored as its number (shown as P-000123) so that keyset pages follow it numerically.
-- The generation must exist for the organization: the foreign key is that check.
create table patient (
    id               uuid                     not null,
    reference_number bigint                   not null,
    organization_id  uuid                     not null,
    status           varchar(20)              not null,
    details_sealed   bytea                    not null,
    generation       int                      not null,
    created_by       uuid                     not null,
    created_at       timestamp with time zone not null,
    updated_by       uuid                     not null,
    updated_at       timestamp with time zone not null,
    version          int                      not null,
    constraint patient_pk primary key (id),
    constraint patient_reference_uk unique (reference_number),
    constraint patient_organization_fk foreign key (organization_id) references organization (id),
    constraint patient_generation_fk foreign key (organization_id, generation)
        references organization_key_generation (organization_id, generation),
    constraint patient_created_by_fk foreign key (created_by) references account (id),
    constraint patient_updated_by_fk foreign key (updated_by) references account (id),
    constraint patient_status_ck check (status in ('ACTIVE', 'INACTIVE'))
);
create index patient_organization_idx on patient (organization_id, reference_number);
create index patient_organization_status_idx on patient (organization_id, status, reference_number);
