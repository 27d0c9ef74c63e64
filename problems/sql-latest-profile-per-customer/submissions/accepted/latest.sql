-- One row per customer: the newest update, ties on updated_at going to the later ingestion.
WITH ranked AS (
  SELECT customer_id, email, plan, updated_at,
         ROW_NUMBER() OVER (
           PARTITION BY customer_id
           ORDER BY updated_at DESC, ingested_at DESC
         ) AS newest
  FROM profile_updates
)
SELECT customer_id, email, plan, updated_at
FROM ranked
WHERE newest = 1;
