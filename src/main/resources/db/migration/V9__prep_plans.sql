-- Prep plans: a day-by-day plan to an interview date. The days and their items are one document (they are always
-- read and written whole; marking an item done rewrites it), and the plan goes with its user.
create sequence prep_plan_seq start with 1 increment by 50;
create table prep_plan (
    id              bigint primary key,
    user_id         bigint       not null references app_user (id) on delete cascade,
    interview_date  date         not null,
    hours_per_week  integer      not null check (hours_per_week between 1 and 60),
    -- the resume the plan was made from; the plan keeps its project names when the resume is deleted
    resume_id       bigint       references resume (id) on delete set null,
    days            jsonb        not null,
    created_at      timestamptz  not null
);
create index prep_plan_user_idx on prep_plan (user_id, created_at desc);
