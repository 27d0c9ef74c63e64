-- The assistant conversation of an ai-assisted workspace round, stored with the submission it led
-- to: the round grades how the candidate worked with the model, so the history shows it. The
-- messages are JSON ([{"role", "content"}, ...]). Plain SQL for H2 and PostgreSQL alike.
create table workspace_transcripts (
  submission_id bigint          not null primary key references submissions (id) on delete cascade,
  messages      varchar(400000) not null
);
