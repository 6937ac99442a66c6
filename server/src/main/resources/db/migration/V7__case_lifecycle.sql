-- What a case is about (plaintext metadata the lists filter and sort by), its lifecycle record, its
-- activity trail, the sealed clinical details, and the providers' availability that assignment ranks by.

alter table medical_case add column description varchar(4000);
alter table medical_case add column specialty_id uuid;
alter table medical_case add column urgency varchar(20);
alter table medical_case add column due_date date;
alter table medical_case add column patient_id uuid;
alter table medical_case add column expert_service varchar(30);
alter table medical_case add column matter_reference varchar(100);
-- The provider's name, kept with the case so the lists sort by Doctor on an index instead of a join; empty
-- while there is no provider (not null, so that keyset pagination compares plain values).
alter table medical_case add column doctor_name varchar(200) default '' not null;
-- Where a case goes back to when it is restored from the archive.
alter table medical_case add column archived_from varchar(20);
alter table medical_case add constraint medical_case_specialty_fk foreign key (specialty_id) references specialty (id);
alter table medical_case add constraint medical_case_urgency_ck check (urgency in ('ROUTINE', 'URGENT', 'EMERGENT'));
alter table medical_case add constraint medical_case_service_ck check (expert_service in ('EXPERT_WITNESS',
    'RECORD_REVIEW', 'INDEPENDENT_MEDICAL_EXAMINATION', 'CONSULTATION', 'OTHER'));

-- Keyset pagination walks these: one index per sortable column, the (unique) reference breaking ties.
drop index medical_case_org_idx;
drop index medical_case_provider_idx;
create index medical_case_activity_idx on medical_case (last_activity_at, reference);
create index medical_case_created_idx on medical_case (created_at, reference);
create index medical_case_name_idx on medical_case (name, reference);
create index medical_case_doctor_idx on medical_case (doctor_name, reference);
create index medical_case_status_idx on medical_case (status, reference);
create index medical_case_org_idx on medical_case (requester_org_id, last_activity_at);
create index medical_case_provider_idx on medical_case (provider_id, status);

-- Every transition of the lifecycle, in order: who, when, from, to, why.
create table case_transition (
    id          uuid                     not null,
    case_id     uuid                     not null,
    action      varchar(20)              not null,
    from_status varchar(20)              not null,
    to_status   varchar(20)              not null,
    actor_id    uuid                     not null,
    provider_id uuid,
    reason      varchar(2000),
    at          timestamp with time zone not null,
    constraint case_transition_pk primary key (id),
    constraint case_transition_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint case_transition_actor_fk foreign key (actor_id) references account (id),
    constraint case_transition_provider_fk foreign key (provider_id) references account (id)
);
create index case_transition_case_idx on case_transition (case_id, at);

-- The append-only trail of who did what on a case; never content. A row limited to one side (a memo)
-- is shown to that side and to admins only.
create table case_activity (
    id         uuid                     not null,
    case_id    uuid                     not null,
    actor_id   uuid                     not null,
    action     varchar(40)              not null,
    detail     varchar(300),
    visible_to varchar(20),
    at         timestamp with time zone not null,
    constraint case_activity_pk primary key (id),
    constraint case_activity_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint case_activity_actor_fk foreign key (actor_id) references account (id),
    constraint case_activity_side_ck check (visible_to in ('REQUESTER', 'PROVIDER'))
);
create index case_activity_case_idx on case_activity (case_id, at, id);

-- Clinical question, clinical summary and the patient details the provider needs, sealed in the browser
-- with the case key as one envelope (docs/crypto.md §9, kind "clinical", object = the case id).
create table case_clinical (
    case_id     uuid                     not null,
    body_sealed bytea                    not null,
    generation  int                      not null,
    updated_by  uuid                     not null,
    updated_at  timestamp with time zone not null,
    version     int                      not null,
    constraint case_clinical_pk primary key (case_id),
    constraint case_clinical_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint case_clinical_updated_by_fk foreign key (updated_by) references account (id)
);

-- A provider's capacity and working hours, and the days they are away. Assignment ranks by these.
create table provider_availability (
    account_id     uuid        not null,
    max_open_cases int         not null,
    time_zone      varchar(60) not null,
    version        int         not null,
    constraint provider_availability_pk primary key (account_id),
    constraint provider_availability_account_fk foreign key (account_id) references account (id) on delete cascade,
    constraint provider_availability_max_ck check (max_open_cases between 0 and 500)
);

create table availability_window (
    account_id uuid     not null,
    weekday    smallint not null,
    starts_at  time     not null,
    ends_at    time     not null,
    constraint availability_window_pk primary key (account_id, weekday, starts_at),
    constraint availability_window_account_fk foreign key (account_id) references provider_availability (account_id)
        on delete cascade,
    constraint availability_window_weekday_ck check (weekday between 1 and 7),
    constraint availability_window_order_ck check (ends_at > starts_at)
);

create table time_off (
    id         uuid         not null,
    account_id uuid         not null,
    first_day  date         not null,
    last_day   date         not null,
    note       varchar(200),
    constraint time_off_pk primary key (id),
    constraint time_off_account_fk foreign key (account_id) references account (id) on delete cascade,
    constraint time_off_order_ck check (last_day >= first_day)
);
create index time_off_account_idx on time_off (account_id, last_day);
