-- Measures from the session's first view (a fixed 30-minute window), not from the previous view.
WITH gaps AS (
  SELECT user_id, viewed_at,
         CAST(strftime('%s', viewed_at) AS INTEGER)
           - CAST(strftime('%s', LAG(viewed_at) OVER (PARTITION BY user_id ORDER BY viewed_at)) AS INTEGER)
           AS gap_seconds
  FROM page_views
),
flagged AS (
  SELECT user_id, viewed_at,
         1 + (CAST(strftime('%s', viewed_at) AS INTEGER)
           - CAST(strftime('%s', MIN(viewed_at) OVER (PARTITION BY user_id)) AS INTEGER)) / 1801 AS session
  FROM gaps
)
SELECT user_id, session, MIN(viewed_at) AS started_at, MAX(viewed_at) AS ended_at,
       COUNT(*) AS views
FROM flagged
GROUP BY user_id, session;
