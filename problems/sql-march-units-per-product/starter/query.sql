-- One SELECT query over products and sales.
SELECT
FROM products
