-- Mock rounds without test feedback: a company round may run no code (a whiteboard, a dry run by
-- hand), and its mock says so. The round keeps the flag (tests or none); the exam it opens keeps
-- no_feedback, so that while the exam runs a run is refused and a submission's results are held
-- back until it ends. Plain SQL for H2 and PostgreSQL alike.
alter table mock_rounds add column feedback varchar(16) default 'tests' not null;
alter table exams add column no_feedback boolean default false not null;
