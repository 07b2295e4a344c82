-- Retries: answering a question again after its turn (answer or skip), while in progress or after completion.
-- The turn itself is attempt 1 (the answer row); retries are numbered from 2 per question.
create sequence attempt_seq start with 1 increment by 50;
create table attempt (
    id                bigint primary key,
    interview_id      bigint       not null references interview (id) on delete cascade,
    question_id       bigint       not null references interview_question (id) on delete cascade,
    attempt_number    integer      not null check (attempt_number >= 2),
    text              text         not null,
    duration_seconds  integer      check (duration_seconds >= 0),
    analysis          jsonb,
    analysis_engine   varchar(255),
    created_at        timestamptz  not null default now(),
    constraint attempt_question_number_uk unique (question_id, attempt_number)
);
create index attempt_interview_idx on attempt (interview_id, question_id, attempt_number);

-- Idempotency keys serve retries too: one key space per interview, so a key reused across endpoints is a 422.
alter table idempotency_key add column attempt_id bigint references attempt (id) on delete cascade;
alter table idempotency_key add column attempt_response jsonb;
