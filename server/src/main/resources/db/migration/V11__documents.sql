-- Documents of a case (docs/api/documents.md). The browser encrypts each version with its own document
-- key (docs/crypto.md §10) and uploads the ciphertext in fixed-size chunks; the blob store keeps the bytes,
-- these tables keep what the server may know: category, type, sizes, who and when, and sealed envelopes of
-- the name and description and of the document key.

create table document (
    id                 uuid                     not null,
    case_id            uuid                     not null,
    category           varchar(30)              not null,
    current_version_id uuid                     not null,
    created_by         uuid                     not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    deleted_at         timestamp with time zone,
    deleted_by         uuid,
    version            int                      not null,
    constraint document_pk primary key (id),
    constraint document_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint document_created_by_fk foreign key (created_by) references account (id),
    constraint document_deleted_by_fk foreign key (deleted_by) references account (id),
    constraint document_category_ck check (category in
        ('MEDICAL_RECORDS', 'IMAGING', 'LEGAL_DOCUMENTS', 'CORRESPONDENCE', 'OTHER'))
);
create index document_case_idx on document (case_id, created_at);
create index document_deleted_idx on document (deleted_at);

-- One stored version. Its id is the "document id" the stream and the wrapped key are bound to.
create table document_version (
    id               uuid                     not null,
    document_id      uuid                     not null,
    number           int                      not null,
    content_type     varchar(100)             not null,
    ciphertext_size  bigint                   not null,
    plaintext_size   bigint                   not null,
    chunk_size       int                      not null,
    blob_key         varchar(200)             not null,
    metadata_sealed  bytea                    not null,
    key_sealed       bytea                    not null,
    generation       int                      not null,
    uploaded_by      uuid                     not null,
    uploaded_at      timestamp with time zone not null,
    constraint document_version_pk primary key (id),
    constraint document_version_document_fk foreign key (document_id) references document (id) on delete cascade,
    constraint document_version_uploaded_by_fk foreign key (uploaded_by) references account (id),
    constraint document_version_number_uq unique (document_id, number)
);

-- An upload in progress: what the browser declared before sending the first chunk. Its id becomes the
-- version's id when it is committed; until then no document exists.
create table document_upload (
    id               uuid                     not null,
    case_id          uuid                     not null,
    document_id      uuid,
    account_id       uuid                     not null,
    category         varchar(30)              not null,
    content_type     varchar(100)             not null,
    ciphertext_size  bigint                   not null,
    plaintext_size   bigint                   not null,
    chunk_size       int                      not null,
    header           bytea                    not null,
    metadata_sealed  bytea                    not null,
    key_sealed       bytea                    not null,
    generation       int                      not null,
    blob_key         varchar(200)             not null,
    write_id         varchar(1024)            not null,
    created_at       timestamp with time zone not null,
    touched_at       timestamp with time zone not null,
    constraint document_upload_pk primary key (id),
    constraint document_upload_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint document_upload_account_fk foreign key (account_id) references account (id),
    constraint document_upload_category_ck check (category in
        ('MEDICAL_RECORDS', 'IMAGING', 'LEGAL_DOCUMENTS', 'CORRESPONDENCE', 'OTHER'))
);
create index document_upload_case_idx on document_upload (case_id, account_id);
create index document_upload_touched_idx on document_upload (touched_at);

-- Each stored chunk of an upload, and later of the version it became (same id): its SHA-256 is checked
-- when it arrives and again whenever it is read back.
create table document_chunk (
    blob_id  uuid         not null,
    number   int          not null,
    size     int          not null,
    sha256   bytea        not null,
    tag      varchar(200) not null,
    constraint document_chunk_pk primary key (blob_id, number)
);
