-- The highest update_id as the newest: a late-arriving old update wins.
WITH ranked AS (
  SELECT customer_id, email, plan, updated_at,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY update_id DESC) AS newest
  FROM profile_updates
)
SELECT customer_id, email, plan, updated_at FROM ranked WHERE newest = 1;
