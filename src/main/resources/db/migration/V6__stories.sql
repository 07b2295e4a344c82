-- The story bank: reusable behavioral stories, from answers (and retries) that tell one, or drafted by the user.
create sequence story_seq start with 1 increment by 50;
create table story (
    id            bigint primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    title         varchar(200) not null,
    text          text         not null,
    themes        jsonb        not null default '[]'::jsonb,
    analysis      jsonb        not null,
    score         integer      not null check (score between 0 and 100),
    times_used    integer      not null default 0 check (times_used >= 0),
    last_used_at  timestamptz,
    origin        varchar(16)  not null check (origin in ('answer', 'manual')),
    -- unit-length MiniLM vector of the situation and action (float32, little-endian); null when the model was loading
    vector        bytea,
    created_at    timestamptz  not null default now()
);
create index story_user_idx on story (user_id, score desc);

-- Each telling of a story in an interview: by an answer or by a retry.
create sequence story_use_seq start with 1 increment by 50;
create table story_use (
    id            bigint primary key,
    story_id      bigint       not null references story (id) on delete cascade,
    interview_id  bigint       not null references interview (id) on delete cascade,
    question_id   bigint       not null references interview_question (id) on delete cascade,
    answer_id     bigint       references answer (id) on delete cascade,
    attempt_id    bigint       references attempt (id) on delete cascade,
    created_at    timestamptz  not null default now(),
    constraint story_use_source check ((answer_id is null) <> (attempt_id is null))
);
create index story_use_story_idx on story_use (story_id);
create index story_use_interview_idx on story_use (interview_id, story_id);
