-- Counts purchases made before the user was assigned: the variant cannot have caused them.
SELECT a.variant,
       COUNT(DISTINCT a.user_id) AS users,
       COUNT(DISTINCT p.user_id) AS converters,
       1.0 * COUNT(DISTINCT p.user_id) / COUNT(DISTINCT a.user_id) AS conversion_rate,
       COALESCE(SUM(p.amount), 0.0) / COUNT(DISTINCT a.user_id) AS revenue_per_user
FROM assignments a
LEFT JOIN purchases p
  ON p.user_id = a.user_id
GROUP BY a.variant;
