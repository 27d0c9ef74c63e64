"""Generate the tests of sql-top-three-salaries-per-department from a fixed seed (sqltests.py)."""
import random

from sqltests import Tests, table

FIRST = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]


def departments(rows):
    return table(["department_id", "name"], ["int64", "string"], rows)


def employees(rows):
    return table(["employee_id", "name", "department_id", "salary"],
                 ["int64", "string", "int64", "int64"], rows)


def random_employees(rng, department_ids, n, levels=8):
    rows = []
    for k in range(n):
        salary = 50000 + 5000 * rng.randrange(levels)
        rows.append((k + 1, FIRST[k % len(FIRST)] + " " + str(k + 1), rng.choice(department_ids),
                     salary))
    return employees(rows)


def main():
    rng = random.Random(1602)
    tests = Tests("submissions/accepted/top_three.sql", ["string", "string", "int64"], ordered=True)
    tests.add("sample/1-two-departments", "the statement's example", {
        "departments": departments([(1, "Research"), (2, "Sales")]),
        "employees": employees([(1, "Ana", 1, 90000), (2, "Ben", 1, 120000), (3, "Chen", 1, 90000),
                                (4, "Dara", 1, 85000), (5, "Eli", 1, 70000), (6, "Fay", 2, 60000),
                                (7, "Gus", 2, 65000)])})
    # Departments named against their ids' order: sorting by id is not sorting by name.
    names = [(1, "Support"), (2, "Engineering"), (3, "Marketing"), (4, "Design"), (5, "Legal")]
    tests.add("secret/01-mixed", "five departments, sixty people, salaries in bands", {
        "departments": departments(names),
        "employees": random_employees(rng, [1, 2, 3, 4, 5], 60, levels=20)})
    tests.add("secret/02-ties-at-the-top", "two people share the top salary, three the second", {
        "departments": departments([(1, "Platform")]),
        "employees": employees([(1, "A", 1, 150000), (2, "B", 1, 150000), (3, "C", 1, 140000),
                                (4, "D", 1, 140000), (5, "E", 1, 140000), (6, "F", 1, 130000),
                                (7, "G", 1, 120000), (8, "H", 1, 130000)])})
    tests.add("secret/03-small-departments", "departments of one and two people", {
        "departments": departments([(1, "Finance"), (2, "Audit"), (3, "Board")]),
        "employees": employees([(1, "P", 1, 80000), (2, "Q", 2, 75000), (3, "R", 2, 76000),
                                (4, "S", 3, 200000)])})
    tests.add("secret/04-departments-not-in-id-order", "names sort differently from ids", {
        "departments": departments([(1, "Zoning"), (2, "Accounts"), (3, "Mail")]),
        "employees": employees([(1, "X", 1, 50000), (2, "Y", 2, 60000), (3, "Z", 3, 55000),
                                (4, "W", 1, 52000)])})
    tests.add("secret/05-three-thousand-people", "forty departments, three thousand people", {
        "departments": departments([(i, "Dept %02d" % (41 - i)) for i in range(1, 41)]),
        "employees": random_employees(rng, list(range(1, 41)), 3000, levels=30)})
    tests.check({
        "row_number.sql": "secret/02-ties-at-the-top",
        "rank.sql": "secret/02-ties-at-the-top",
        "no_partition.sql": "secret/01-mixed",
        "max_three_salaries_subquery.sql": "secret/02-ties-at-the-top",
        "order_by_department_id.sql": "secret/04-departments-not-in-id-order",
    })


if __name__ == "__main__":
    main()
