-- Compares each step's first time with the previous step's first time: a user who put an item in
-- the cart before viewing, then viewed and carted again, drops out.
WITH firsts AS (
  SELECT user_id,
         MIN(CASE WHEN event = 'view' THEN event_at END) AS v,
         MIN(CASE WHEN event = 'cart' THEN event_at END) AS c,
         MIN(CASE WHEN event = 'checkout' THEN event_at END) AS k,
         MIN(CASE WHEN event = 'purchase' THEN event_at END) AS p
  FROM events GROUP BY user_id
),
steps AS (
  SELECT 1 AS step_number, 'view' AS step, COUNT(v) AS users FROM firsts
  UNION ALL SELECT 2, 'cart', COUNT(CASE WHEN c >= v THEN 1 END) FROM firsts
  UNION ALL SELECT 3, 'checkout', COUNT(CASE WHEN c >= v AND k >= c THEN 1 END) FROM firsts
  UNION ALL SELECT 4, 'purchase', COUNT(CASE WHEN c >= v AND k >= c AND p >= k THEN 1 END) FROM firsts
)
SELECT step_number, step, users,
       1.0 * users / LAG(users) OVER (ORDER BY step_number) AS conversion
FROM steps
ORDER BY step_number;
