-- Ranked over the whole company, not per department.
WITH ranked AS (
  SELECT e.employee_id, e.name, e.department_id, e.salary,
         DENSE_RANK() OVER (ORDER BY e.salary DESC) AS band
  FROM employees e
)
SELECT d.name AS department, r.name AS employee, r.salary
FROM ranked r
JOIN departments d ON d.department_id = r.department_id
WHERE r.band <= 3
ORDER BY d.name, r.salary DESC, r.employee_id;
