-- What a person prepares for: the study plan is computed from this, their attempts and the
-- target companies' loops each time it is shown, so it adapts after every attempt.
create table study_plans (
  account_id     bigint        not null primary key references accounts (id),
  companies      varchar(2000) not null,     -- company ids, comma-separated, in the order given
  interview_date date          not null,
  daily_minutes  integer       not null,
  updated_at     timestamp with time zone not null
);
