-- Accounts, organizations, specialties, invitations and everything sign-in needs.
-- Emails are stored lower-cased; tokens are stored only as SHA-256 hashes (hex).

create table organization (
    id         uuid                     not null,
    name       varchar(200)             not null,
    kind       varchar(20)              not null,
    address    varchar(500),
    phone      varchar(40),
    website    varchar(300),
    active     boolean                  not null,
    created_at timestamp with time zone not null,
    version    int                      not null,
    constraint organization_pk primary key (id),
    constraint organization_kind_ck check (kind in ('LAW_FIRM', 'HOSPITAL', 'CLINIC', 'INSURER', 'PRACTICE', 'OPERATOR', 'OTHER'))
);
create index organization_name_idx on organization (name);

create table specialty (
    id      uuid         not null,
    name    varchar(120) not null,
    active  boolean      not null,
    version int          not null,
    constraint specialty_pk primary key (id),
    constraint specialty_name_uq unique (name)
);

create table account (
    id                      uuid                     not null,
    email                   varchar(320)             not null,
    password_hash           varchar(200)             not null,
    role                    varchar(20)              not null,
    organization_id         uuid,
    organization_owner      boolean                  not null,
    status                  varchar(20)              not null,
    full_name               varchar(200)             not null,
    title                   varchar(100),
    phone                   varchar(40),
    licence_number          varchar(100),
    bio                     varchar(2000),
    profile_completed_at    timestamp with time zone,
    organization_completed_at timestamp with time zone,
    encryption_completed_at timestamp with time zone,
    totp_secret             varchar(64),
    totp_enabled            boolean                  not null,
    totp_last_step          bigint,
    created_at              timestamp with time zone not null,
    version                 int                      not null,
    constraint account_pk primary key (id),
    constraint account_email_uq unique (email),
    constraint account_organization_fk foreign key (organization_id) references organization (id),
    constraint account_role_ck check (role in ('ADMIN', 'REQUESTER', 'PROVIDER')),
    constraint account_status_ck check (status in ('ACTIVE', 'DEACTIVATED'))
);
create index account_organization_idx on account (organization_id);

create table account_specialty (
    account_id   uuid not null,
    specialty_id uuid not null,
    constraint account_specialty_pk primary key (account_id, specialty_id),
    constraint account_specialty_account_fk foreign key (account_id) references account (id) on delete cascade,
    constraint account_specialty_specialty_fk foreign key (specialty_id) references specialty (id)
);

create table recovery_code (
    account_id uuid        not null,
    code_hash  varchar(64) not null,
    used_at    timestamp with time zone,
    constraint recovery_code_pk primary key (account_id, code_hash),
    constraint recovery_code_account_fk foreign key (account_id) references account (id) on delete cascade
);

create table invitation (
    id                 uuid                     not null,
    token_hash         varchar(64)              not null,
    email              varchar(320)             not null,
    role               varchar(20)              not null,
    organization_id    uuid,
    organization_owner boolean                  not null,
    invited_by         uuid,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    accepted_at        timestamp with time zone,
    revoked_at         timestamp with time zone,
    version            int                      not null,
    constraint invitation_pk primary key (id),
    constraint invitation_token_uq unique (token_hash),
    constraint invitation_organization_fk foreign key (organization_id) references organization (id),
    constraint invitation_invited_by_fk foreign key (invited_by) references account (id)
);
create index invitation_organization_idx on invitation (organization_id);

create table password_reset (
    id         uuid                     not null,
    token_hash varchar(64)              not null,
    account_id uuid                     not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint password_reset_pk primary key (id),
    constraint password_reset_token_uq unique (token_hash),
    constraint password_reset_account_fk foreign key (account_id) references account (id) on delete cascade
);

-- One row at most: the hash of the current first-start setup token. Deleted once the first admin exists.
create table setup_token (
    id         int                      not null,
    token_hash varchar(64)              not null,
    created_at timestamp with time zone not null,
    constraint setup_token_pk primary key (id),
    constraint setup_token_single_ck check (id = 1)
);

-- Failed sign-ins, counted per account and per client address over a sliding window.
create table sign_in_failure (
    id          uuid                     not null,
    email       varchar(320)             not null,
    client_ip   varchar(64)              not null,
    occurred_at timestamp with time zone not null,
    constraint sign_in_failure_pk primary key (id)
);
create index sign_in_failure_email_idx on sign_in_failure (email, occurred_at);
create index sign_in_failure_ip_idx on sign_in_failure (client_ip, occurred_at);

create table email_outbox (
    id          uuid                     not null,
    recipient   varchar(320)             not null,
    subject     varchar(300)             not null,
    body        varchar(20000)           not null,
    created_at  timestamp with time zone not null,
    sent_at     timestamp with time zone,
    attempts    int                      not null,
    last_error  varchar(1000),
    constraint email_outbox_pk primary key (id)
);
create index email_outbox_pending_idx on email_outbox (sent_at, created_at);
