-- Any activity after the signup day counts, not only the next day.
SELECT date(u.signed_up_at) AS signup_date,
       COUNT(DISTINCT u.user_id) AS cohort_size,
       COUNT(DISTINCT e.user_id) AS retained,
       1.0 * COUNT(DISTINCT e.user_id) / COUNT(DISTINCT u.user_id) AS retention
FROM users u
LEFT JOIN events e
  ON e.user_id = u.user_id
 AND date(e.event_at) > date(u.signed_up_at)
GROUP BY date(u.signed_up_at)
ORDER BY signup_date;
