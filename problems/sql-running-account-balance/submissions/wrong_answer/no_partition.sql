SELECT txn_id, account_id, posted_at,
       SUM(amount) OVER (ORDER BY posted_at, txn_id ROWS UNBOUNDED PRECEDING) AS balance
FROM transactions
ORDER BY account_id, posted_at, txn_id;
