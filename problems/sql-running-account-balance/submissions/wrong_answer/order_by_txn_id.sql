-- Transaction ids as time: a backfilled transaction gets a late id for an early posting.
SELECT txn_id, account_id, posted_at,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY txn_id ROWS UNBOUNDED PRECEDING) AS balance
FROM transactions
ORDER BY account_id, posted_at, txn_id;
