-- What a person prepares for: the study plan is computed from this, their attempts and the
-- target companies' loops each time it is shown, so it adapts after every attempt.
create table study_plans (
  account_id     bigint        not null primary key references accounts (id),
  companies      varchar(2000) not null,     -- company ids, comma-separated, in the order given
  interview_date date          not null,
  daily_minutes  integer       not null,
  updated_at     timestamp with time zone not null
);

-- Who may see whose progress: a person shares theirs with a coach.
create table progress_shares (
  account_id  bigint not null references accounts (id),
  coach_id    bigint not null references accounts (id),
  created_at  timestamp with time zone not null,
  primary key (account_id, coach_id)
);

create index progress_shares_by_coach on progress_shares (coach_id);
