-- One SELECT query over requests.
SELECT
FROM requests
