-- The recommendation of a second opinion (one per case), the requester side's feedback on it, and the
-- clarification thread under it. Every text is sealed in the browser with the case key (docs/crypto.md §9):
-- kind "recommendation" and "recommendation-feedback" with the case id as object, "clarification" with the
-- message id. The rating stays plaintext: statistics count it.

create table recommendation (
    case_id      uuid                     not null,
    provider_id  uuid                     not null,
    status       varchar(20)              not null,
    body_sealed  bytea                    not null,
    generation   int                      not null,
    saved_at     timestamp with time zone not null,
    submitted_at timestamp with time zone,
    version      int                      not null,
    constraint recommendation_pk primary key (case_id),
    constraint recommendation_case_fk foreign key (case_id) references medical_case (id) on delete cascade,
    constraint recommendation_provider_fk foreign key (provider_id) references account (id),
    constraint recommendation_status_ck check (status in ('DRAFT', 'SUBMITTED')),
    constraint recommendation_submitted_ck check ((status = 'SUBMITTED') = (submitted_at is not null))
);

-- Documents of the case the recommendation refers to, in the order the provider listed them. The sealed
-- body names them too (authenticated); these rows let the server check they are the case's own.
create table recommendation_attachment (
    case_id     uuid not null,
    document_id uuid not null,
    position    int  not null,
    constraint recommendation_attachment_pk primary key (case_id, document_id),
    constraint recommendation_attachment_recommendation_fk foreign key (case_id)
        references recommendation (case_id) on delete cascade,
    constraint recommendation_attachment_document_fk foreign key (document_id) references document (id)
        on delete cascade
);

create table recommendation_feedback (
    case_id         uuid                     not null,
    author_id       uuid                     not null,
    rating          int                      not null,
    comments_sealed bytea,
    generation      int,
    given_at        timestamp with time zone not null,
    constraint recommendation_feedback_pk primary key (case_id),
    constraint recommendation_feedback_recommendation_fk foreign key (case_id)
        references recommendation (case_id) on delete cascade,
    constraint recommendation_feedback_author_fk foreign key (author_id) references account (id),
    constraint recommendation_feedback_rating_ck check (rating between 1 and 5),
    constraint recommendation_feedback_sealed_ck check ((comments_sealed is null) = (generation is null))
);

create table clarification_message (
    id          uuid                     not null,
    case_id     uuid                     not null,
    author_id   uuid                     not null,
    side        varchar(20)              not null,
    body_sealed bytea                    not null,
    generation  int                      not null,
    created_at  timestamp with time zone not null,
    constraint clarification_message_pk primary key (id),
    constraint clarification_message_recommendation_fk foreign key (case_id)
        references recommendation (case_id) on delete cascade,
    constraint clarification_message_author_fk foreign key (author_id) references account (id),
    constraint clarification_message_side_ck check (side in ('REQUESTER', 'PROVIDER'))
);
create index clarification_message_case_idx on clarification_message (case_id, created_at);
