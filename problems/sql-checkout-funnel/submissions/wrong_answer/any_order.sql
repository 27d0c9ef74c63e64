-- Counts the users who did each step at some time, in any order.
WITH steps AS (
  SELECT 1 AS step_number, 'view' AS step, COUNT(DISTINCT CASE WHEN event = 'view' THEN user_id END) AS users FROM events
  UNION ALL SELECT 2, 'cart', COUNT(DISTINCT CASE WHEN event = 'cart' THEN user_id END) FROM events
  UNION ALL SELECT 3, 'checkout', COUNT(DISTINCT CASE WHEN event = 'checkout' THEN user_id END) FROM events
  UNION ALL SELECT 4, 'purchase', COUNT(DISTINCT CASE WHEN event = 'purchase' THEN user_id END) FROM events
)
SELECT step_number, step, users,
       1.0 * users / LAG(users) OVER (ORDER BY step_number) AS conversion
FROM steps
ORDER BY step_number;
