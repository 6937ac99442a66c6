-- Cases and who is on them. Everything here is plaintext metadata the product lists, sorts and bills by;
-- clinical content lives in *_sealed columns of the features that own it.

create sequence case_reference_seq start with 1;

create table medical_case (
    id                     uuid                     not null,
    reference              varchar(20)              not null,
    name                   varchar(200)             not null,
    engagement_type        varchar(20)              not null,
    status                 varchar(20)              not null,
    requester_org_id       uuid                     not null,
    created_by             uuid                     not null,
    provider_id            uuid,
    created_at             timestamp with time zone not null,
    last_activity_at       timestamp with time zone not null,
    version                int                      not null,
    constraint medical_case_pk primary key (id),
    constraint medical_case_reference_uq unique (reference),
    constraint medical_case_org_fk foreign key (requester_org_id) references organization (id),
    constraint medical_case_created_by_fk foreign key (created_by) references account (id),
    constraint medical_case_provider_fk foreign key (provider_id) references account (id),
    constraint medical_case_type_ck check (engagement_type in ('SECOND_OPINION', 'EXPERT_ENGAGEMENT')),
    constraint medical_case_status_ck check (status in ('NEW', 'ASSIGNED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS',
        'RETURNED', 'DONE', 'ARCHIVED'))
);
create index medical_case_org_idx on medical_case (requester_org_id, last_activity_at);
create index medical_case_provider_idx on medical_case (provider_id, last_activity_at);

-- Members of a case: the requester side (creator and collaborators) and the provider side.
create table case_member (
    case_id    uuid                     not null,
    account_id uuid                     not null,
    side       varchar(20)              not null,
    role       varchar(20)              not null,
    added_by   uuid,
    added_at   timestamp with time zone not null,
    constraint case_member_pk primary key (case_id, account_id),
    constraint case_member_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint case_member_account_fk foreign key (account_id) references account (id),
    constraint case_member_side_ck check (side in ('REQUESTER', 'PROVIDER')),
    constraint case_member_role_ck check (role in ('CREATOR', 'COLLABORATOR', 'PROVIDER'))
);
create index case_member_account_idx on case_member (account_id);
