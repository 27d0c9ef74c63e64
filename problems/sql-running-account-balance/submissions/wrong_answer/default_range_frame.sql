-- The default frame (RANGE ... CURRENT ROW) includes every row with the same posted_at.
SELECT txn_id, account_id, posted_at,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY posted_at) AS balance
FROM transactions
ORDER BY account_id, posted_at, txn_id;
