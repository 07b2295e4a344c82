-- Users are identified by their token subject; every owned row points at one.
create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id          bigint primary key,
    subject     varchar(255) not null,
    created_at  timestamptz  not null default now(),
    constraint app_user_subject_uk unique (subject)
);

-- A parsed resume. The PDF bytes are never stored; only the text and the extracted profile.
create sequence resume_seq start with 1 increment by 50;
create table resume (
    id                bigint primary key,
    user_id           bigint       not null references app_user (id) on delete cascade,
    file_name         varchar(255) not null,
    sha256            char(64)     not null,
    source            varchar(16)  not null check (source in ('pdf', 'text')),
    page_count        integer      not null check (page_count >= 0),
    text_extractable  boolean      not null,
    warnings          jsonb        not null default '[]'::jsonb,
    profile           jsonb        not null,
    extracted_text    text         not null,
    created_at        timestamptz  not null default now(),
    constraint resume_owner_sha_uk unique (user_id, sha256)
);
create index resume_user_created_idx on resume (user_id, created_at desc);

-- A mock interview. Status only moves forward: in_progress -> completed.
create sequence interview_seq start with 1 increment by 50;
create table interview (
    id              bigint primary key,
    user_id         bigint       not null references app_user (id) on delete cascade,
    resume_id       bigint       references resume (id) on delete set null,
    status          varchar(16)  not null default 'in_progress' check (status in ('in_progress', 'completed')),
    settings        jsonb        not null,
    current_question_id bigint,
    follow_ups_per_question integer not null default 1 check (follow_ups_per_question between 0 and 2),
    report          jsonb,
    token_usage     jsonb,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    completed_at    timestamptz,
    constraint interview_completed_consistent check ((status = 'completed') = (completed_at is not null))
);
create index interview_user_created_idx on interview (user_id, created_at desc);

-- Questions asked in an interview: the planned main questions and the follow-ups generated from answers.
create sequence interview_question_seq start with 1 increment by 50;
create table interview_question (
    id            bigint primary key,
    interview_id  bigint       not null references interview (id) on delete cascade,
    position      integer      not null check (position >= 0),
    kind          varchar(16)  not null check (kind in ('main', 'follow_up')),
    parent_id     bigint       references interview_question (id) on delete cascade,
    category      varchar(32)  not null check (category in ('ml_fundamentals', 'statistics_probability',
                                  'model_evaluation', 'applied_case_study', 'behavioral')),
    text          text         not null,
    source        varchar(16)  not null check (source in ('bank', 'template', 'llm')),
    project_ref   varchar(255),
    bank_id       varchar(64),
    generator     varchar(255) not null,
    rationale     text,
    created_at    timestamptz  not null default now(),
    constraint interview_question_position_uk unique (interview_id, position),
    constraint interview_question_followup_parent check ((kind = 'follow_up') = (parent_id is not null))
);

-- One answer per question, or a skip. The unique key makes a double submit impossible at the database level.
create sequence answer_seq start with 1 increment by 50;
create table answer (
    id                bigint primary key,
    interview_id      bigint       not null references interview (id) on delete cascade,
    question_id       bigint       not null references interview_question (id) on delete cascade,
    skipped           boolean      not null default false,
    text              text,
    duration_seconds  integer      check (duration_seconds >= 0),
    analysis          jsonb,
    analysis_engine   varchar(255),
    review            jsonb,
    review_generator  varchar(255),
    created_at        timestamptz  not null default now(),
    constraint answer_question_uk unique (question_id),
    constraint answer_text_or_skip check (skipped or text is not null)
);
create index answer_interview_idx on answer (interview_id, created_at);

-- Idempotency keys for answer submission: the same key replays the stored response.
create sequence idempotency_key_seq start with 1 increment by 50;
create table idempotency_key (
    id             bigint primary key,
    interview_id   bigint       not null references interview (id) on delete cascade,
    idem_key       varchar(255) not null,
    request_hash   char(64)     not null,
    response       jsonb        not null,
    created_at     timestamptz  not null default now(),
    constraint idempotency_key_uk unique (interview_id, idem_key)
);
