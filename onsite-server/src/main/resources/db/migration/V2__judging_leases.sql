-- A worker holds a running submission for as long as it renews its lease. Submissions whose lease
-- ran out (the worker or its machine died) go back to the queue, whichever server or worker sees it
-- first; a null lease (rows from before leases) counts as run out.
alter table submissions add column lease_until timestamp with time zone;
