-- A self-join on "posted no later": ties in posted_at join each other both ways.
SELECT t.txn_id, t.account_id, t.posted_at, SUM(u.amount) AS balance
FROM transactions t
JOIN transactions u ON u.account_id = t.account_id AND u.posted_at <= t.posted_at
GROUP BY t.txn_id, t.account_id, t.posted_at
ORDER BY t.account_id, t.posted_at, t.txn_id;
