-- One SELECT query over users and events.
SELECT
FROM users
