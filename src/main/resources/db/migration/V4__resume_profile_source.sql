-- Who wrote the stored profile: the parser, or the user who corrected it (PUT /api/v1/resumes/{id}/profile).
alter table resume add column profile_source varchar(16) not null default 'parser';
alter table resume add constraint resume_profile_source_check check (profile_source in ('parser', 'user'));
