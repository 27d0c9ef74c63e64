-- ROWS, not the default RANGE frame: two transactions posted in the same second are two steps.
SELECT txn_id, account_id, posted_at,
       SUM(amount) OVER (
         PARTITION BY account_id
         ORDER BY posted_at, txn_id
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS balance
FROM transactions
ORDER BY account_id, posted_at, txn_id;
