-- The status machine is enforced by the database too: a completed interview never goes back to in_progress.
create function interview_status_forward_only() returns trigger language plpgsql as $$
begin
    if old.status = 'completed' and new.status <> 'completed' then
        raise exception 'interview % is completed and cannot return to %', old.id, new.status
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger interview_status_forward_only
    before update of status on interview
    for each row execute function interview_status_forward_only();
