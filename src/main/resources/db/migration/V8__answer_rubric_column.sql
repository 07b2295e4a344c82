-- Progress reads every answer's rubric verdicts; a stored copy of that small array saves reading (and decompressing)
-- each whole analysis document. PostgreSQL keeps it equal to the analysis; the application never writes it.
alter table answer add column rubric jsonb generated always as (analysis -> 'rubric') stored;
