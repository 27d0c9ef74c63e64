"""Write an SQL package's tests: each test's tables, and the expected result computed by running
the accepted query on SQLite (as the judge does: one in-memory database per test). Then check that
every wrong query gets the hidden test named after its mistake wrong, so notes.md stays true.

Run the package's generators/generate.py with /usr/bin/python3; re-running reproduces data/.
"""
import glob
import json
import math
import os
import sqlite3

PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SQL_TYPES = {"int64": "INTEGER", "Int64": "INTEGER", "float64": "REAL", "string": "TEXT",
             "datetime64": "TEXT", "bool": "INTEGER", "boolean": "INTEGER"}


def table(columns, dtypes, rows):
    """A table as a test file holds it: a $frame value."""
    return {"$frame": {"columns": columns, "dtypes": dtypes, "rows": [list(r) for r in rows]}}


def read(path):
    with open(os.path.join(PACKAGE, path)) as f:
        return f.read()


def run(query, tables):
    """The columns and rows the query returns over the tables."""
    db = sqlite3.connect(":memory:")
    for name, value in tables.items():
        spec = value["$frame"]
        db.execute("CREATE TABLE %s (%s)" % (name, ", ".join(
            '"%s" %s' % (c, SQL_TYPES[d]) for c, d in zip(spec["columns"], spec["dtypes"]))))
        cells = [[v.replace("T", " ", 1) if d == "datetime64" and v else v
                  for v, d in zip(row, spec["dtypes"])] for row in spec["rows"]]
        if cells:
            db.executemany("INSERT INTO %s VALUES (%s)" % (name, ", ".join("?" * len(spec["columns"]))), cells)
    cursor = db.execute(query)
    columns = [d[0] for d in cursor.description]
    rows = [list(r) for r in cursor.fetchall()]
    db.close()
    return columns, rows


def same(a, b):
    """Whether two result sets hold the same values (floats within 1e-9), in this order."""
    if len(a) != len(b):
        return False
    for ra, rb in zip(a, b):
        for x, y in zip(ra, rb):
            if isinstance(x, float) or isinstance(y, float):
                if x is None or y is None or not math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9):
                    return False
                if isinstance(x, int) != isinstance(y, int):
                    return False
            elif x != y or type(x) is not type(y):
                return False
    return True


def key(row):
    return [(v is None, str(type(v)), v if v is not None else 0) for v in row]


class Tests:
    def __init__(self, accepted, dtypes, ordered):
        self.accepted = read(accepted)
        self.dtypes = dtypes
        self.ordered = ordered
        self.tests = {}
        for old in glob.glob(os.path.join(PACKAGE, "data", "*", "*.json")):
            os.remove(old)

    def add(self, name, note, tables):
        columns, rows = run(self.accepted, tables)
        dtypes = [("Int64" if d == "int64" and any(r[j] is None for r in rows) else d)
                  for j, d in enumerate(self.dtypes)]
        expect = table(columns, dtypes, rows)
        if self.ordered:
            expect["ordered"] = True
        path = os.path.join(PACKAGE, "data", name + ".json")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            json.dump({"note": note, "tables": tables, "expect": expect}, f, separators=(",", ":"))
            f.write("\n")
        self.tests[name] = (tables, columns, rows)
        print("%-40s %5d rows  %s" % (name, len(rows), note))

    def passes(self, query, name):
        tables, columns, rows = self.tests[name]
        try:
            got_columns, got = run(query, tables)
        except sqlite3.Error:
            return False
        if got_columns != columns:
            return False
        if not self.ordered:
            rows, got = sorted(rows, key=key), sorted(got, key=key)
        return same(rows, got)

    def check(self, catches):
        """catches: wrong query file -> the hidden test that must catch it."""
        for name in self.tests:
            assert self.passes(self.accepted, name), "the accepted query fails " + name
        for wrong in sorted(glob.glob(os.path.join(PACKAGE, "submissions", "wrong_answer", "*.sql"))):
            base = os.path.basename(wrong)
            assert base in catches, base + " is not in the catches list"
            test = catches[base]
            assert test.startswith("secret/"), test
            assert not self.passes(read("submissions/wrong_answer/" + base), test), \
                "%s passes %s, which should catch it" % (base, test)
            print("%-40s caught by %s" % (base, test))
