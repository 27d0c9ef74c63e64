-- DISTINCT removes exact duplicates (retries), not older versions.
SELECT DISTINCT customer_id, email, plan, updated_at
FROM profile_updates;
