-- MAX of each column separately mixes values from different updates.
SELECT customer_id, MAX(email) AS email, MAX(plan) AS plan, MAX(updated_at) AS updated_at
FROM profile_updates
GROUP BY customer_id;
