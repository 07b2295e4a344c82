-- What a strong answer covers (for key-point coverage) and the planned difficulty of each question.
alter table interview_question add column key_points jsonb not null default '[]'::jsonb;
alter table interview_question add column difficulty varchar(16);
-- Follow-ups sit between their main question and the next one: main questions use positions 0, 10, 20, ...
alter table interview_question add constraint interview_question_kind_position
    check ((kind = 'main') = (position % 10 = 0));
create index interview_question_interview_idx on interview_question (interview_id, position);
alter table interview add constraint interview_current_question_fk
    foreign key (current_question_id) references interview_question (id) on delete set null deferrable initially deferred;
-- An idempotency key is taken together with the answer it records; its response is filled once the turn is done.
alter table idempotency_key alter column response drop not null;
alter table idempotency_key add column answer_id bigint references answer (id) on delete cascade;
