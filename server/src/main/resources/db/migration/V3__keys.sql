-- Each person's published public keys and their key material, sealed in the browser: the private keys
-- wrapped by the account key, the account key wrapped by the passphrase (and optionally by a recovery
-- code). The server cannot open any of it; it checks shapes only (docs/crypto.md).

create table account_keys (
    account_id             uuid                     not null,
    public_keys            bytea                    not null,
    fingerprint            varchar(64)              not null,
    private_keys_sealed    bytea                    not null,
    passphrase_wrap_sealed bytea                    not null,
    recovery_wrap_sealed   bytea,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    version                int                      not null,
    constraint account_keys_pk primary key (account_id),
    constraint account_keys_account_fk foreign key (account_id) references account (id) on delete cascade
);

-- Every public key a person ever published, so co-members and admins can see when keys changed, and so
-- grants signed with an earlier key can still be verified.
create table account_key_history (
    account_id  uuid                     not null,
    fingerprint varchar(64)              not null,
    public_keys bytea                    not null,
    created_at  timestamp with time zone not null,
    reason      varchar(20)              not null,
    constraint account_key_history_pk primary key (account_id, fingerprint),
    constraint account_key_history_account_fk foreign key (account_id) references account (id) on delete cascade,
    constraint account_key_history_reason_ck check (reason in ('SETUP', 'RESET'))
);
