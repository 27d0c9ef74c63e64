-- One SELECT query over transactions.
SELECT
FROM transactions
