-- Builds the steps from the users who reached them: a step nobody reached has no row.
WITH viewed AS (
  SELECT user_id, MIN(event_at) AS at FROM events WHERE event = 'view' GROUP BY user_id
),
carted AS (
  SELECT e.user_id, MIN(e.event_at) AS at
  FROM events e JOIN viewed s ON s.user_id = e.user_id AND e.event_at >= s.at
  WHERE e.event = 'cart' GROUP BY e.user_id
),
checked_out AS (
  SELECT e.user_id, MIN(e.event_at) AS at
  FROM events e JOIN carted s ON s.user_id = e.user_id AND e.event_at >= s.at
  WHERE e.event = 'checkout' GROUP BY e.user_id
),
purchased AS (
  SELECT e.user_id, MIN(e.event_at) AS at
  FROM events e JOIN checked_out s ON s.user_id = e.user_id AND e.event_at >= s.at
  WHERE e.event = 'purchase' GROUP BY e.user_id
),
reached AS (
  SELECT 1 AS step_number, 'view' AS step, user_id FROM viewed
  UNION ALL SELECT 2, 'cart', user_id FROM carted
  UNION ALL SELECT 3, 'checkout', user_id FROM checked_out
  UNION ALL SELECT 4, 'purchase', user_id FROM purchased
),
steps AS (
  SELECT step_number, step, COUNT(*) AS users FROM reached GROUP BY step_number, step
)
SELECT step_number, step, users,
       1.0 * users / LAG(users) OVER (ORDER BY step_number) AS conversion
FROM steps
ORDER BY step_number;
