-- Deliverables of a case: the work products the requester side asks for (expert report, medical record
-- review, deposition preparation, other) and their progress. Type, title, due date, status and who is on
-- it are plaintext metadata, like the case name (decision 0013-deliverables-plaintext-metadata); the work
-- itself is in the attached documents, which are end-to-end encrypted.

create table deliverable (
    id               uuid                     not null,
    case_id          uuid                     not null,
    type             varchar(30)              not null,
    title            varchar(200)             not null,
    due_date         date                     not null,
    status           varchar(20)              not null,
    assignee_id      uuid,
    is_final         boolean                  not null,
    revision_reason  varchar(1000),
    created_by       uuid                     not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          int                      not null,
    constraint deliverable_pk primary key (id),
    constraint deliverable_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint deliverable_assignee_fk foreign key (assignee_id) references account (id),
    constraint deliverable_created_by_fk foreign key (created_by) references account (id),
    constraint deliverable_type_ck check (type in
        ('EXPERT_REPORT', 'MEDICAL_RECORD_REVIEW', 'DEPOSITION_PREPARATION', 'OTHER')),
    constraint deliverable_status_ck check (status in
        ('REQUESTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED', 'REVISION_REQUESTED'))
);
create index deliverable_case_idx on deliverable (case_id, due_date);

-- Documents of the same case attached to a deliverable; a document purged after deletion leaves with it.
create table deliverable_document (
    deliverable_id uuid not null,
    document_id    uuid not null,
    constraint deliverable_document_pk primary key (deliverable_id, document_id),
    constraint deliverable_document_deliverable_fk foreign key (deliverable_id) references deliverable (id)
        on delete cascade,
    constraint deliverable_document_document_fk foreign key (document_id) references document (id) on delete cascade
);
create index deliverable_document_document_idx on deliverable_document (document_id);
