-- One SELECT query over assignments and purchases.
SELECT
FROM assignments
