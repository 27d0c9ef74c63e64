-- "Fewer than three people earn more": counts people, not distinct salaries.
SELECT d.name AS department, e.name AS employee, e.salary
FROM employees e
JOIN departments d ON d.department_id = e.department_id
WHERE (SELECT COUNT(*) FROM employees x
       WHERE x.department_id = e.department_id AND x.salary > e.salary) < 3
ORDER BY d.name, e.salary DESC, e.employee_id;
