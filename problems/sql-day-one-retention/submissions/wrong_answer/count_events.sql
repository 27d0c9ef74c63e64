-- Counts the events of returning users, not the users.
SELECT date(u.signed_up_at) AS signup_date,
       COUNT(DISTINCT u.user_id) AS cohort_size,
       COUNT(e.event_id) AS retained,
       1.0 * COUNT(e.event_id) / COUNT(DISTINCT u.user_id) AS retention
FROM users u
LEFT JOIN events e
  ON e.user_id = u.user_id
 AND date(e.event_at) = date(u.signed_up_at, '+1 day')
GROUP BY date(u.signed_up_at)
ORDER BY signup_date;
