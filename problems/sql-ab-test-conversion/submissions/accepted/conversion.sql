-- The unit is the assigned user: every assigned user counts in the denominator, and only
-- purchases made at or after the user's assignment count.
SELECT a.variant,
       COUNT(DISTINCT a.user_id) AS users,
       COUNT(DISTINCT p.user_id) AS converters,
       1.0 * COUNT(DISTINCT p.user_id) / COUNT(DISTINCT a.user_id) AS conversion_rate,
       COALESCE(SUM(p.amount), 0.0) / COUNT(DISTINCT a.user_id) AS revenue_per_user
FROM assignments a
LEFT JOIN purchases p
  ON p.user_id = a.user_id AND p.purchased_at >= a.assigned_at
GROUP BY a.variant;
