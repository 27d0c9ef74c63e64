-- One SELECT query over plays.
SELECT
FROM plays
