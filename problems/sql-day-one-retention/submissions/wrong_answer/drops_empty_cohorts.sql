-- An inner join: a signup day from which nobody came back disappears.
SELECT date(u.signed_up_at) AS signup_date,
       COUNT(DISTINCT u.user_id) AS cohort_size,
       COUNT(DISTINCT e.user_id) AS retained,
       1.0 * COUNT(DISTINCT e.user_id) / COUNT(DISTINCT u.user_id) AS retention
FROM users u
JOIN events e
  ON e.user_id = u.user_id
 AND date(e.event_at) = date(u.signed_up_at, '+1 day')
GROUP BY date(u.signed_up_at)
ORDER BY signup_date;
