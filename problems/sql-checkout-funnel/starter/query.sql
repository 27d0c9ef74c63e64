-- One SELECT query over events.
SELECT
FROM events
