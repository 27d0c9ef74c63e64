-- One SELECT query over profile_updates.
SELECT
FROM profile_updates
