-- Spoken answers (issue 18). The audio itself is never stored: only what was heard and when the speech was.
-- POST /api/v1/transcriptions keeps its transcript and timing for one hour, for a text answer to cite by id.
create table transcription (
    id                     uuid             primary key,
    user_id                bigint           not null references app_user (id) on delete cascade,
    text                   text,
    transcribed            boolean          not null,
    audio_seconds          double precision not null check (audio_seconds >= 0),
    speaking_seconds       double precision not null check (speaking_seconds >= 0),
    pause_count            integer          not null check (pause_count >= 0),
    longest_pause_seconds  double precision not null check (longest_pause_seconds >= 0),
    created_at             timestamptz      not null,
    expires_at             timestamptz      not null
);
create index transcription_expires_idx on transcription (expires_at);
create index transcription_user_idx on transcription (user_id);

-- The timing of a spoken answer (audioSeconds, speakingSeconds, pauses), null for a typed one.
alter table answer add column speech jsonb;
