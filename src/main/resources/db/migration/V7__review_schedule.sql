-- The review schedule: one row per question a user has answered (main questions; the same text asked again in
-- another interview, e.g. a review interview, is the same row), with its best score and when it is due again.
create sequence review_item_seq start with 1 increment by 50;
create table review_item (
    id               bigint primary key,
    user_id          bigint       not null references app_user (id) on delete cascade,
    question_key     char(64)     not null,
    question_id      bigint       not null references interview_question (id) on delete cascade,
    interview_id     bigint       not null references interview (id) on delete cascade,
    category         varchar(32)  not null,
    text             text         not null,
    best_score       integer      not null check (best_score between 0 and 100),
    attempts         integer      not null check (attempts >= 1),
    strong_streak    integer      not null default 0 check (strong_streak >= 0),
    interval_days    integer      not null check (interval_days >= 1),
    last_attempt_at  timestamptz  not null,
    due_at           timestamptz  not null,
    constraint review_item_question_uk unique (user_id, question_key)
);
create index review_item_due_idx on review_item (user_id, due_at);
