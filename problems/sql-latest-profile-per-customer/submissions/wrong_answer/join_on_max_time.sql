-- Join back on the latest time: two updates in the same second both match.
SELECT p.customer_id, p.email, p.plan, p.updated_at
FROM profile_updates p
JOIN (SELECT customer_id, MAX(updated_at) AS latest
      FROM profile_updates GROUP BY customer_id) m
  ON m.customer_id = p.customer_id AND m.latest = p.updated_at;
