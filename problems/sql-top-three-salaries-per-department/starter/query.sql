-- One SELECT query over departments and employees.
SELECT
FROM employees
