SELECT p.product_id, p.name, COALESCE(SUM(s.quantity), 0) AS units
FROM products p
LEFT JOIN sales s
  ON s.product_id = p.product_id AND s.status = 'completed'
 AND s.sold_at BETWEEN '2024-03-01' AND '2024-03-31'
GROUP BY p.product_id, p.name;
