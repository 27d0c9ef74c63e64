-- The month's completed sales belong in the ON clause: a condition on sales in WHERE would
-- throw away the products the LEFT JOIN keeps.
SELECT p.product_id, p.name, COALESCE(SUM(s.quantity), 0) AS units
FROM products p
LEFT JOIN sales s
  ON s.product_id = p.product_id
 AND s.status = 'completed'
 AND s.sold_at >= '2024-03-01'
 AND s.sold_at < '2024-04-01'
GROUP BY p.product_id, p.name;
