-- LAG over the whole table: a user's first view is compared with someone else's last.
WITH gaps AS (
  SELECT user_id, viewed_at,
         CAST(strftime('%s', viewed_at) AS INTEGER)
           - CAST(strftime('%s', LAG(viewed_at) OVER (ORDER BY user_id, viewed_at)) AS INTEGER)
           AS gap_seconds
  FROM page_views
),
flagged AS (
  SELECT user_id, viewed_at,
         SUM(CASE WHEN gap_seconds IS NULL OR gap_seconds > 1800 THEN 1 ELSE 0 END)
           OVER (PARTITION BY user_id ORDER BY viewed_at ROWS UNBOUNDED PRECEDING) AS session
  FROM gaps
)
SELECT user_id, session, MIN(viewed_at) AS started_at, MAX(viewed_at) AS ended_at,
       COUNT(*) AS views
FROM flagged
GROUP BY user_id, session;
