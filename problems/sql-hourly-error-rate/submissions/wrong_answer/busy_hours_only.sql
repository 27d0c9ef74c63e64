-- Groups the requests by hour: an hour without requests has no row.
SELECT strftime('%Y-%m-%d %H:00:00', requested_at) AS hour,
       COUNT(*) AS requests,
       SUM(status >= 500) AS errors,
       1.0 * SUM(status >= 500) / COUNT(*) AS error_rate
FROM requests
WHERE requested_at >= '2024-10-01' AND requested_at < '2024-10-02'
GROUP BY hour
ORDER BY hour;
