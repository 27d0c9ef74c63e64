#!/usr/bin/env python3
"""Write the tests of spreadsheet: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer. Random scripts are seeded, so running this again
reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import copy
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "Spreadsheet"
LIMIT = 2**62  # every value in the tests must fit comfortably in a signed 64-bit integer


def load_reference():
    path = ROOT / "submissions" / "accepted" / "spreadsheet.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.get_value("A1")` records the call and its answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)()
        self.calls: list[dict] = [{"new": CLASS, "args": []}]

    def __getattr__(self, method: str):
        def call(*args):
            result = getattr(self.instance, method)(*args)
            self.calls.append({"call": method, "args": list(args), "expect": result})
            self.check_bounds()
            return result

        return call

    def check_bounds(self) -> None:
        for value in self.instance._values.values():
            assert value is None or abs(value) < LIMIT, f"{self.description}: value {value} too large"


def overflows(instance) -> bool:
    return any(v is not None and abs(v) >= LIMIT for v in instance._values.values())


def safe_set(s: Script, target: str, content: str) -> None:
    """set_cell(target, content), unless that would push some value out of range: then a literal."""
    probe = copy.deepcopy(s.instance)
    probe.set_cell(target, content)
    s.set_cell(target, content if not overflows(probe) else "1")


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


col = REFERENCE.column_name


def cell(c: int, r: int) -> str:
    return f"{col(c)}{r}"


# Random formulas ---------------------------------------------------------------------------------


class Grid:
    """Cells in a fixed random order; a formula may only name cells earlier in the order (no cycles)."""

    def __init__(self, rng: random.Random, columns: int, rows: int, first_column: int = 1) -> None:
        self.rng = rng
        self.cells = [cell(c, r) for c in range(first_column, first_column + columns) for r in range(1, rows + 1)]
        rng.shuffle(self.cells)
        self.rank = {name: i for i, name in enumerate(self.cells)}

    def earlier(self, target: str) -> list[str]:
        return self.cells[: self.rank[target]]


def spaced(rng: random.Random, parts: list[str]) -> str:
    out = []
    for part in parts:
        out.append(part)
        out.append(rng.choice(["", "", "", " "]))
    return "".join(out).rstrip() if rng.random() < 0.8 else "".join(out)


def simple_formula(rng: random.Random, names: list[str]) -> str:
    """Level 1: operands joined by + and -."""
    parts = ["="]
    for i in range(rng.randint(1, 4)):
        if i:
            parts.append(rng.choice("+-"))
        if names and rng.random() < 0.7:
            parts.append(rng.choice(names))
        else:
            parts.append(str(rng.randint(0, 99)))
    return spaced(rng, parts)


def expression(rng: random.Random, names: list[str], depth: int, ranges: list[str]) -> list[str]:
    """Level 2: a random expression as a token list."""
    roll = rng.random()
    if depth == 0 or roll < 0.3:
        if names and rng.random() < 0.7:
            return [rng.choice(names)]
        return [str(rng.randint(0, 20))]
    if roll < 0.4:
        return ["-"] + expression(rng, names, depth - 1, ranges)
    if roll < 0.5:
        return ["("] + expression(rng, names, depth - 1, ranges) + [")"]
    if roll < 0.7 and ranges:
        args: list[list[str]] = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.6:
                args.append([rng.choice(ranges)])
            else:
                args.append(expression(rng, names, depth - 1, ranges))
        tokens = [rng.choice(["SUM", "MIN", "MAX"]), "("]
        for i, arg in enumerate(args):
            if i:
                tokens.append(",")
            tokens += arg
        return tokens + [")"]
    op = rng.choice("+-*/+-")
    return expression(rng, names, depth - 1, ranges) + [op] + expression(rng, names, depth - 1, ranges)


def range_within(rng: random.Random, names: list[str]) -> str | None:
    """A range whose every cell is in `names` (so it cannot close a cycle), or None."""
    allowed = set(names)
    for _ in range(20):
        a = rng.choice(names)
        c1, r1 = REFERENCE.split_cell(a)
        c2, r2 = c1 + rng.randint(-2, 2), r1 + rng.randint(-3, 3)
        if c2 < 1 or r2 < 1:
            continue
        b = cell(c2, r2)
        if all(x in allowed for x in REFERENCE.Range(a, b).cells):
            return f"{a}:{b}" if rng.random() < 0.7 else f"{b}:{a}"
    return None


def full_formula(rng: random.Random, names: list[str]) -> str:
    ranges = [r for r in (range_within(rng, names) for _ in range(3)) if r] if names else []
    return spaced(rng, ["="] + expression(rng, names, 3, ranges))


def random_script(description: str, seed: int, operations: int, level: int, columns: int, rows: int) -> Script:
    rng = random.Random(seed)
    grid = Grid(rng, columns, rows)
    s = Script(description)
    for _ in range(operations):
        target = rng.choice(grid.cells)
        roll = rng.random()
        if roll < 0.35:
            s.get_value(rng.choice(grid.cells))
        elif roll < 0.42:
            s.get_content(rng.choice(grid.cells))
        elif roll < 0.47:
            s.set_cell(target, "")
        elif roll < 0.62:
            s.set_cell(target, str(rng.randint(-50, 50)))
        elif roll < 0.65:
            s.set_cell(target, rng.choice(["x", "=", "=A1+", "1.5", "+3", "=A0"]))
        else:
            names = grid.earlier(target)
            content = simple_formula(rng, names) if level == 1 else full_formula(rng, names)
            safe_set(s, target, content)
    for name in sorted(grid.cells, key=REFERENCE.sort_key):
        s.get_value(name)
    return s


# Level 1 -----------------------------------------------------------------------------------------


def level_1() -> None:
    s = Script("integers, a simple formula, updates and clearing")
    s.set_cell("A1", "10")
    s.set_cell("A2", "= A1 + 5")
    s.get_value("A2")
    s.get_content("A2")
    s.set_cell("A3", "=A2-A1-B9")
    s.get_value("A3")
    s.set_cell("A1", "20")
    s.get_value("A3")
    s.set_cell("A1", "twenty")
    s.get_value("A1")
    s.set_cell("A1", "")
    s.get_value("A2")
    s.get_content("A1")
    write(1, "sample", "01-basics", s)

    s = Script("empty cells read as 0 and as empty content")
    s.get_value("A1")
    s.get_content("A1")
    s.get_value("ZZ999")
    s.set_cell("B2", "")
    s.get_value("B2")
    s.get_content("B2")
    s.set_cell("C3", "=B2+D4")
    s.get_value("C3")
    write(1, "secret", "01-empty-cells", s)

    s = Script("overwriting a cell keeps only the last content, whatever its kind")
    s.set_cell("A1", "1")
    s.set_cell("A1", "2")
    s.get_value("A1")
    s.set_cell("A1", "=5+5")
    s.get_value("A1")
    s.get_content("A1")
    s.set_cell("A1", "-3")
    s.get_value("A1")
    s.get_content("A1")
    s.set_cell("A1", "")
    s.get_value("A1")
    s.set_cell("A1", "=7")
    s.get_content("A1")
    s.get_value("A1")
    write(1, "secret", "02-overwrite", s)

    s = Script("integer contents: signs, leading zeros, and what is not an integer")
    for content in ["007", "-0", "-12", "0", "123456789012", "-98765"]:
        s.set_cell("A1", content)
        s.get_value("A1")
        s.get_content("A1")
    s.set_cell("B1", "5")
    for content in ["+5", " 5", "5 ", "1.5", "1_000", "--5", "-", "5-", "1e3", "0x10", "five", "5a", " "]:
        s.set_cell("B1", content)
    s.get_value("B1")
    s.get_content("B1")
    write(1, "secret", "03-integer-contents", s)

    s = Script("malformed formulas are rejected and leave the cell unchanged")
    s.set_cell("A1", "3")
    s.set_cell("C1", "=A1+1")
    for content in ["=", "= ", "=A1+", "=+A1", "=A1 A2", "=a1", "=A0", "=A01", "=A", "=1.5", "=A1++A2",
                    "=1 2", "=A1-", "=A1+*2", "=A1+a2", "==A1", "=A1+1B", "=A1+$B1"]:
        s.set_cell("C1", content)
    s.get_value("C1")
    s.get_content("C1")
    s.set_cell("C2", "=A")
    s.get_content("C2")
    s.get_value("C2")
    write(1, "secret", "04-malformed-formulas", s)

    s = Script("spaces between tokens are allowed and kept in the content")
    s.set_cell("A1", "4")
    s.set_cell("B1", "=  A1   +   6 ")
    s.get_value("B1")
    s.get_content("B1")
    s.set_cell("B2", "=A1-1-1-1")
    s.get_value("B2")
    s.set_cell("B3", "=10 - A1 + 2 - 20")
    s.get_value("B3")
    s.set_cell("B4", "= 0")
    s.get_value("B4")
    s.get_content("B4")
    write(1, "secret", "05-spacing-and-left-to-right", s)

    s = Script("a change travels down a chain of formulas")
    s.set_cell("A1", "1")
    for r in range(2, 31):
        s.set_cell(f"A{r}", f"=A{r - 1}+1")
    s.get_value("A30")
    s.set_cell("A1", "100")
    s.get_value("A30")
    s.get_value("A15")
    s.set_cell("A10", "0")
    s.get_value("A30")
    s.get_value("A9")
    s.set_cell("A10", "")
    s.get_value("A11")
    s.get_value("A30")
    write(1, "secret", "06-chain-updates", s)

    s = Script("a formula can name a cell before it gets a value")
    s.set_cell("B1", "=A1+A2")
    s.get_value("B1")
    s.set_cell("A1", "5")
    s.get_value("B1")
    s.set_cell("A2", "=A1+A1")
    s.get_value("B1")
    s.set_cell("A1", "")
    s.get_value("B1")
    s.get_value("A2")
    write(1, "secret", "07-forward-references", s)

    s = Script("multi-letter columns and large row numbers")
    s.set_cell("Z1", "1")
    s.set_cell("AA1", "2")
    s.set_cell("AZ1", "3")
    s.set_cell("BA1", "4")
    s.set_cell("ZZ100", "5")
    s.set_cell("AAA1", "=Z1+AA1+AZ1+BA1+ZZ100")
    s.get_value("AAA1")
    s.set_cell("A1000", "=AAA1-1")
    s.get_value("A1000")
    s.get_value("A100")
    s.get_content("AAA1")
    write(1, "secret", "08-column-names", s)

    s = Script("negative results and large sums")
    s.set_cell("A1", "-5")
    s.set_cell("A2", "=0-A1-A1")
    s.get_value("A2")
    s.set_cell("A3", "=A1-100")
    s.get_value("A3")
    s.set_cell("B1", "1000000000000")
    s.set_cell("B2", "=B1+B1+B1+B1+B1")
    s.get_value("B2")
    write(1, "secret", "09-signs-and-magnitudes", s)

    write(1, "secret", "10-random-200", random_script("200 random level-1 operations", 101, 200, 1, 4, 6))
    write(1, "secret", "11-random-800", random_script("800 random level-1 operations", 102, 800, 1, 6, 10))


# Level 2 -----------------------------------------------------------------------------------------


def level_2() -> None:
    s = Script("arithmetic, ranges, MIN and MAX, and errors")
    s.set_cell("A1", "7")
    s.set_cell("A2", "-2")
    s.set_cell("B1", "=(A1 + 1) * -A2 / 3")
    s.get_value("B1")
    s.set_cell("B2", "=SUM(A1:A5, 10)")
    s.get_value("B2")
    s.set_cell("B3", "=MIN(A1:A5)")
    s.get_value("B3")
    s.set_cell("B4", "=MAX(A3, A2)")
    s.get_value("B4")
    s.set_cell("C1", "=A1 / (A2 + 2)")
    s.get_value("C1")
    s.set_cell("C2", "=C1 + 1")
    s.get_value("C2")
    s.set_cell("A2", "5")
    s.get_value("C2")
    s.set_cell("C3", "=SUM(A1:A3")
    write(2, "sample", "01-expressions", s)

    s = Script("precedence, associativity and unary minus")
    cases = ["=2+3*4", "=2*3+4", "=10-3-2", "=100/10/5", "=2*(3+4)", "=-2*-3", "=--5", "=-(1+2)*3",
             "=8-2*3-1", "=(((7)))", "=1-(2-(3-4))", "=2*3*4/5", "=-4/-2", "=0-0", "=3 * - 2"]
    for i, content in enumerate(cases, start=1):
        s.set_cell(f"A{i}", content)
        s.get_value(f"A{i}")
    write(2, "secret", "01-precedence", s)

    s = Script("integer division truncates toward zero")
    for i, (a, b) in enumerate([(7, 2), (-7, 2), (7, -2), (-7, -2), (1, 3), (-1, 3), (6, 3), (-6, 3), (0, -5), (99, 100), (-99, 100)], start=1):
        s.set_cell(f"A{i}", str(a))
        s.set_cell(f"B{i}", str(b))
        s.set_cell(f"C{i}", f"=A{i}/B{i}")
        s.get_value(f"C{i}")
    s.set_cell("D1", "=-7/2*2")
    s.get_value("D1")
    s.set_cell("D2", "=(0-7)/2")
    s.get_value("D2")
    write(2, "secret", "02-truncating-division", s)

    s = Script("ranges: rectangles, reversed corners, single cells, blanks")
    for c in range(1, 4):
        for r in range(1, 4):
            s.set_cell(cell(c, r), str(c * 10 + r))
    s.set_cell("E1", "=SUM(A1:C3)")
    s.get_value("E1")
    s.set_cell("E2", "=SUM(C3:A1)")
    s.get_value("E2")
    s.set_cell("E3", "=SUM(A3:C1)")
    s.get_value("E3")
    s.set_cell("E4", "=SUM(B2:B2)")
    s.get_value("E4")
    s.set_cell("E5", "=SUM(A1:C1, A3:C3, 1000)")
    s.get_value("E5")
    s.set_cell("E6", "=SUM(F1:H9)")
    s.get_value("E6")
    s.set_cell("E7", "=MAX(A1:B2) - MIN(B2:C3)")
    s.get_value("E7")
    s.set_cell("B2", "")
    s.get_value("E1")
    s.get_value("E4")
    s.get_value("E7")
    write(2, "secret", "03-ranges", s)

    s = Script("MIN and MAX skip empty cells of ranges but not lone cell arguments")
    s.set_cell("A1", "5")
    s.set_cell("A3", "9")
    s.set_cell("B1", "=MIN(A1:A4)")
    s.get_value("B1")
    s.set_cell("B2", "=MAX(A1:A4)")
    s.get_value("B2")
    s.set_cell("B3", "=MIN(A1, A2)")
    s.get_value("B3")
    s.set_cell("B4", "=MIN(A2:A2)")
    s.get_value("B4")
    s.set_cell("B5", "=MAX(A2:A4, -3)")
    s.get_value("B5")
    s.set_cell("B6", "=MIN(C1:C9)")
    s.get_value("B6")
    s.set_cell("B7", "=MAX(C1:C9)")
    s.get_value("B7")
    s.set_cell("A5", "-1")
    s.set_cell("B8", "=MIN(A1:A5) * MAX(A1:A5)")
    s.get_value("B8")
    s.set_cell("A2", "0")
    s.get_value("B1")
    s.set_cell("C5", "-4")
    s.get_value("B6")
    s.get_value("B7")
    write(2, "secret", "04-empty-cells-in-functions", s)

    s = Script("division by zero makes an error that spreads and heals")
    s.set_cell("A1", "10")
    s.set_cell("A2", "0")
    s.set_cell("B1", "=A1/A2")
    s.get_value("B1")
    s.get_content("B1")
    s.set_cell("B2", "=B1*0")
    s.get_value("B2")
    s.set_cell("B3", "=SUM(B1:B2)")
    s.get_value("B3")
    s.set_cell("B4", "=MIN(A1:A2)")
    s.get_value("B4")
    s.set_cell("B5", "=MAX(B1, 1)")
    s.get_value("B5")
    s.set_cell("C1", "=SUM(A1:B5)")
    s.get_value("C1")
    s.set_cell("A2", "5")
    for name in ["B1", "B2", "B3", "B5", "C1"]:
        s.get_value(name)
    s.set_cell("A2", "")
    s.get_value("B3")
    s.set_cell("B1", "7")
    s.get_value("B3")
    s.get_value("C1")
    s.set_cell("D1", "=1/0")
    s.get_value("D1")
    s.set_cell("D2", "=0/5")
    s.get_value("D2")
    s.set_cell("D3", "=5/(3-3)")
    s.get_value("D3")
    write(2, "secret", "05-errors", s)

    s = Script("an error inside a range reaches the formula even when other cells are fine")
    s.set_cell("A1", "1")
    s.set_cell("A2", "=1/0")
    s.set_cell("A3", "3")
    s.set_cell("B1", "=SUM(A1:A3)")
    s.get_value("B1")
    s.set_cell("B2", "=MIN(A1, A3)")
    s.get_value("B2")
    s.set_cell("B3", "=SUM(A1:A1, A3:A3)")
    s.get_value("B3")
    s.set_cell("A2", "")
    s.get_value("B1")
    write(2, "secret", "06-errors-in-ranges", s)

    s = Script("malformed level-2 formulas are rejected")
    s.set_cell("A1", "=1")
    for content in ["=(1+2", "=1+2)", "=SUM()", "=AVG(A1)", "=sum(A1)", "=A1:A3", "=SUM(A1:A3+1)", "=2(3)",
                    "=SUM(A1:)", "=SUM(:A1)", "=SUM(A1,)", "=SUM(,A1)", "=SUM A1", "=SUM(A1:B2:C3)",
                    "=()", "=1*/2", "=*2", "=MIN(1;2)", "=MAX((A1:A2))", "=SU M(A1)", "=A1:", "=-"]:
        s.set_cell("A1", content)
    s.get_content("A1")
    s.get_value("A1")
    write(2, "secret", "07-malformed", s)

    s = Script("nested functions and mixed arguments")
    for r in range(1, 6):
        s.set_cell(f"A{r}", str(r * r - 6))
    s.set_cell("B1", "=SUM(MAX(A1:A5), MIN(A1:A5) * 3, 7)")
    s.get_value("B1")
    s.set_cell("B2", "=MAX(SUM(A1:A2), SUM(A4:A5), -100) / 2")
    s.get_value("B2")
    s.set_cell("B3", "=-MIN(A1:A5, -20)")
    s.get_value("B3")
    s.set_cell("B4", "=SUM( A1 : A5 , B1 )")
    s.get_value("B4")
    s.get_content("B4")
    s.set_cell("A3", "100")
    for name in ["B1", "B2", "B3", "B4"]:
        s.get_value(name)
    write(2, "secret", "08-nested-functions", s)

    write(2, "secret", "09-random-200", random_script("200 random level-2 operations", 201, 200, 2, 4, 6))
    write(2, "secret", "10-random-600", random_script("600 random level-2 operations", 202, 600, 2, 5, 8))
    write(2, "secret", "11-random-1500", random_script("1500 random level-2 operations", 203, 1500, 2, 8, 12))


# Level 3 -----------------------------------------------------------------------------------------


def level_3() -> None:
    s = Script("dependents and rejected cycles")
    s.set_cell("A1", "1")
    s.set_cell("A2", "=A1 * 2")
    s.set_cell("A3", "=A2 + A1")
    s.set_cell("B1", "=SUM(A1:A3)")
    s.get_value("B1")
    s.get_dependents("A1")
    s.get_dependents("A3")
    s.get_dependents("A9")
    s.set_cell("A1", "=B1")
    s.set_cell("A2", "=SUM(A1:A3)")
    s.set_cell("C1", "=C1")
    s.get_value("A1")
    s.set_cell("A3", "=A1")
    s.get_dependents("A2")
    write(3, "sample", "01-dependents-and-cycles", s)

    s = Script("dependents through references, ranges and empty cells")
    s.set_cell("B1", "=A1+A2")
    s.set_cell("B2", "=SUM(A1:A10)")
    s.set_cell("C1", "=B1*2")
    s.set_cell("D1", "=MAX(B1:B2, C1)")
    s.get_dependents("A1")
    s.get_dependents("A5")
    s.get_dependents("A10")
    s.get_dependents("A11")
    s.get_dependents("B2")
    s.get_dependents("C1")
    s.get_dependents("D1")
    s.get_dependents("B3")
    write(3, "secret", "01-dependents", s)

    s = Script("dependents are sorted by column, then by row")
    s.set_cell("A1", "1")
    for name in ["B10", "B2", "AA1", "Z5", "A2", "A10", "C1", "AB3", "B1"]:
        s.set_cell(name, "=A1")
    s.get_dependents("A1")
    s.set_cell("BA7", "=B10+Z5")
    s.get_dependents("A1")
    s.get_dependents("Z5")
    write(3, "secret", "02-sort-order", s)

    s = Script("a formula naming its own cell, directly or by a range, is rejected")
    s.set_cell("A1", "5")
    s.set_cell("A1", "=A1")
    s.set_cell("A1", "=A1+1")
    s.set_cell("A1", "=SUM(A1:B2)")
    s.set_cell("A1", "=MIN(B3:A1)")
    s.set_cell("B2", "=MAX(A1:C3)")
    s.get_value("A1")
    s.get_content("A1")
    s.get_content("B2")
    s.set_cell("A1", "=SUM(A2:A9)")
    s.get_value("A1")
    write(3, "secret", "03-self-reference", s)

    s = Script("cycles through long chains and ranges are rejected; the sheet stays as it was")
    s.set_cell("A1", "1")
    for r in range(2, 41):
        s.set_cell(f"A{r}", f"=A{r - 1}+1")
    s.set_cell("A1", "=A40")
    s.set_cell("A1", "=A20*0")
    s.set_cell("B1", "=SUM(A30:A35)")
    s.set_cell("A5", "=B1")
    s.set_cell("A5", "=MAX(B1:B1)")
    s.set_cell("C1", "=B1")
    s.set_cell("A31", "=SUM(C1:C2)")
    s.get_value("A40")
    s.get_value("B1")
    s.get_content("A1")
    s.get_content("A5")
    s.get_content("A31")
    s.get_dependents("A39")
    write(3, "secret", "04-indirect-cycles", s)

    s = Script("a cycle becomes possible only after an edge is removed, and vice versa")
    s.set_cell("A1", "=B1")
    s.set_cell("B1", "=C1")
    s.set_cell("C1", "=A1")
    s.set_cell("B1", "7")
    s.set_cell("C1", "=A1")
    s.get_value("C1")
    s.get_dependents("B1")
    s.set_cell("B1", "=C1")
    s.set_cell("A1", "")
    s.set_cell("B1", "=C1")
    s.get_value("B1")
    s.get_dependents("A1")
    s.get_dependents("C1")
    s.set_cell("C1", "")
    s.get_dependents("A1")
    s.set_cell("A1", "=B1")
    s.get_value("A1")
    write(3, "secret", "05-breaking-cycles", s)

    s = Script("a rejected formula leaves values, contents and dependents untouched")
    s.set_cell("A1", "2")
    s.set_cell("A2", "=A1*3")
    s.set_cell("A3", "=A2/0")
    s.get_value("A3")
    s.set_cell("A1", "=A3")
    s.get_value("A1")
    s.get_value("A2")
    s.get_value("A3")
    s.get_dependents("A3")
    s.get_dependents("A1")
    s.set_cell("A1", "=A2 +")
    s.get_content("A1")
    write(3, "secret", "06-rejection-is-atomic", s)

    s = Script("diamond dependencies are counted once and recomputed correctly")
    s.set_cell("A1", "3")
    s.set_cell("B1", "=A1+1")
    s.set_cell("B2", "=A1*2")
    s.set_cell("C1", "=B1+B2")
    s.set_cell("D1", "=C1-B1-B2+A1")
    s.get_value("D1")
    s.get_dependents("A1")
    s.set_cell("A1", "10")
    s.get_value("C1")
    s.get_value("D1")
    write(3, "secret", "07-diamonds", s)

    # A Fibonacci-shaped chain whose values stay small: recomputing inputs on every read explodes.
    s = Script("a chain where each formula reads the previous two cells, read after every write")
    s.set_cell("A1", "1")
    s.set_cell("A2", "2")
    for r in range(3, 101):
        s.set_cell(f"A{r}", f"=A{r - 1}-A{r - 2}")
    for r in (100, 99, 50, 3):
        s.get_value(f"A{r}")
    rng = random.Random(301)
    for _ in range(100):
        s.set_cell(rng.choice(["A1", "A2"]), str(rng.randint(-9, 9)))
        s.get_value("A100")
        s.get_value(f"A{rng.randint(3, 100)}")
    write(3, "secret", "08-fibonacci-chain", s)

    s = Script("a wide sheet of range formulas with many writes and reads")
    rng = random.Random(302)
    for c in range(1, 17):
        s.set_cell(cell(c, 1), str(rng.randint(-5, 5)))
    for r in range(2, 31):
        for c in range(1, 17):
            lo, hi = max(1, c - 2), min(16, c + 2)
            roll = rng.random()
            if roll < 0.4:
                content = f"=SUM({cell(lo, r - 1)}:{cell(hi, r - 1)}) / 5 + {rng.randint(-3, 3)}"
            elif roll < 0.7:
                content = f"=MAX({cell(lo, r - 1)}:{cell(hi, r - 1)}) / 2 + {cell(c, r - 1)} / 2"
            else:
                content = f"=MIN({cell(lo, r - 1)}:{cell(hi, r - 1)}, 40) / 2 - {cell(c, r - 1)} / 2"
            s.set_cell(cell(c, r), content)
    for _ in range(40):
        s.set_cell(cell(rng.randint(1, 16), rng.randint(1, 30)), str(rng.randint(-9, 9)))
        for _ in range(10):
            s.get_value(cell(rng.randint(1, 16), rng.randint(1, 30)))
    s.get_dependents("J25")
    write(3, "secret", "09-wide-sheet", s)

    s = Script("random writes with cycle attempts, dependents and reads")
    rng = random.Random(303)
    names = [cell(c, r) for c in range(1, 6) for r in range(1, 9)]
    for _ in range(700):
        roll = rng.random()
        target = rng.choice(names)
        if roll < 0.3:
            s.get_value(rng.choice(names))
        elif roll < 0.4:
            s.get_dependents(rng.choice(names))
        elif roll < 0.55:
            s.set_cell(target, str(rng.randint(-20, 20)))
        elif roll < 0.6:
            s.set_cell(target, "")
        else:
            refs = rng.sample(names, rng.randint(1, 3))
            parts = [rng.choice(refs)]
            for ref in refs[1:]:
                parts.append(rng.choice(["+", "-", "*"]) if rng.random() < 0.8 else "/")
                parts.append(ref)
            if rng.random() < 0.3:
                a = rng.choice(names)
                c1, r1 = REFERENCE.split_cell(a)
                b = cell(min(5, c1 + rng.randint(0, 1)), min(8, r1 + rng.randint(0, 2)))
                parts = ["SUM(", f"{a}:{b}", ",", *parts, ")"]
            safe_set(s, target, "=" + " ".join(parts))
    for name in names:
        s.get_value(name)
    write(3, "secret", "10-random-cycles", s)

    s = Script("many formulas reading one cell: one write recomputes them all")
    s.set_cell("A1", "1")
    for r in range(1, 1001):
        s.set_cell(f"B{r}", f"=A1 + {r}")
    s.set_cell("C1", "=SUM(B1:B1000)")
    for v in range(1, 21):
        s.set_cell("A1", str(v))
        s.get_value("C1")
        s.get_value(f"B{v * 50}")
    s.get_dependents("B1000")
    write(3, "secret", "11-fan-out", s)


# Level 4 -----------------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("inserting a row and a column moves cells and rewrites formulas")
    s.set_cell("A1", "5")
    s.set_cell("A2", "7")
    s.set_cell("B1", "=SUM(A1:A2) + A2")
    s.insert_row(2)
    s.get_content("A3")
    s.get_content("A2")
    s.get_content("B1")
    s.get_value("B1")
    s.insert_column("A")
    s.get_content("C1")
    s.get_value("C1")
    s.get_dependents("B3")
    s.set_cell("B2", "=C1")
    write(4, "sample", "01-insert", s)

    s = Script("inserting below or right of every cell changes nothing")
    s.set_cell("A1", "1")
    s.set_cell("B2", "=A1+A3")
    s.insert_row(3)
    s.insert_column("C")
    s.get_content("B2")
    s.get_value("B2")
    s.get_content("A1")
    s.insert_row(4)
    s.get_content("B2")
    write(4, "secret", "01-insert-past-the-end", s)

    s = Script("insert_row at, above and below a range")
    s.set_cell("A1", "1")
    s.set_cell("A5", "5")
    s.set_cell("C1", "=SUM(A1:A5)")
    s.set_cell("C2", "=SUM(A5:A1)")
    s.set_cell("C3", "=MIN(A1:A5) + A5")
    s.insert_row(3)
    for name in ["C1", "C2", "C3"]:
        s.get_content(name)
    s.insert_row(7)
    s.get_content("C1")
    s.insert_row(6)
    s.get_content("C1")
    s.get_content("C3")
    s.get_content("C4")
    s.insert_row(1)
    s.get_content("C2")
    s.get_content("C3")
    s.get_value("C2")
    s.get_value("C4")
    s.set_cell("A4", "100")
    s.get_value("C2")
    s.get_value("C3")
    s.get_dependents("A4")
    write(4, "secret", "02-row-and-ranges", s)

    s = Script("insert_column moves Z to AA and rewrites multi-letter names")
    s.set_cell("Y1", "1")
    s.set_cell("Z1", "2")
    s.set_cell("AA1", "3")
    s.set_cell("A2", "=Y1+Z1*AA1+SUM(Y1:AA1)")
    s.insert_column("Z")
    s.get_content("A2")
    s.get_content("AA1")
    s.get_content("AB1")
    s.get_content("Z1")
    s.get_value("A2")
    s.insert_column("A")
    s.get_content("B2")
    s.get_value("B2")
    s.get_content("A2")
    s.set_cell("AA1", "10")
    s.get_value("B2")
    write(4, "secret", "03-column-names", s)

    s = Script("references to empty cells move too, and text around them is kept")
    s.set_cell("D4", "=  B2 + 7 -  C9  ")
    s.set_cell("D5", "=SUM( B1 : B3 ,C3)")
    s.insert_row(2)
    s.get_content("D5")
    s.get_content("D6")
    s.get_content("D4")
    s.insert_column("C")
    s.get_content("E5")
    s.get_content("E6")
    s.set_cell("B3", "4")
    s.set_cell("D10", "1")
    s.get_value("E5")
    s.get_value("E6")
    write(4, "secret", "04-empty-references-and-spacing", s)

    s = Script("values never change on insert; later writes see the grown ranges")
    for r in range(1, 6):
        s.set_cell(f"A{r}", str(10 * r))
    s.set_cell("B1", "=SUM(A1:A5)")
    s.set_cell("B2", "=MIN(A2:A4)")
    s.set_cell("B3", "=MAX(A1:A5) - A3")
    s.set_cell("B4", "=A5/A1")
    before = [s.get_value(f"B{r}") for r in range(1, 5)]
    s.insert_row(3)
    s.insert_row(3)
    for r in range(1, 5):
        s.get_value(f"B{r if r < 3 else r + 2}")
    s.set_cell("A3", "-7")
    s.set_cell("A4", "1000")
    s.get_value("B1")
    s.get_value("B2")
    s.get_value("B5")
    s.get_value("B6")
    assert before[0] is not None
    write(4, "secret", "05-grown-ranges", s)

    s = Script("errors, dependents and cycle checks keep working after inserts")
    s.set_cell("A1", "0")
    s.set_cell("A2", "=10/A1")
    s.set_cell("A3", "=A2+1")
    s.insert_row(2)
    s.get_value("A3")
    s.get_value("A4")
    s.get_dependents("A1")
    s.get_dependents("A3")
    s.set_cell("A1", "=A4")
    s.set_cell("A1", "2")
    s.get_value("A4")
    s.insert_column("A")
    s.get_dependents("B1")
    s.set_cell("B1", "=SUM(B3:B4)")
    s.set_cell("A1", "=B4")
    s.get_value("A1")
    s.set_cell("B2", "=A1")
    s.get_content("B2")
    write(4, "secret", "06-graph-after-insert", s)

    s = Script("many inserts in a row")
    s.set_cell("A1", "1")
    s.set_cell("B1", "=A1*2")
    s.set_cell("C1", "=SUM(A1:B1)")
    for _ in range(5):
        s.insert_row(1)
        s.insert_column("B")
    s.get_content("A6")
    s.get_content("G6")
    s.get_content("L6")
    s.get_value("L6")
    s.get_dependents("A6")
    s.set_cell("A6", "4")
    s.get_value("L6")
    write(4, "secret", "07-repeated-inserts", s)

    rng = random.Random(401)
    s = Script("random writes interleaved with inserts")
    for _ in range(300):
        roll = rng.random()
        target = cell(rng.randint(1, 6), rng.randint(1, 8))
        if roll < 0.3:
            s.get_value(cell(rng.randint(1, 8), rng.randint(1, 10)))
        elif roll < 0.4:
            s.get_content(cell(rng.randint(1, 8), rng.randint(1, 10)))
        elif roll < 0.45:
            s.get_dependents(cell(rng.randint(1, 8), rng.randint(1, 10)))
        elif roll < 0.5:
            s.insert_row(rng.randint(1, 10))
        elif roll < 0.54:
            s.insert_column(col(rng.randint(1, 8)))
        elif roll < 0.7:
            s.set_cell(target, str(rng.randint(-9, 9)))
        else:
            a, b = cell(rng.randint(1, 6), rng.randint(1, 8)), cell(rng.randint(1, 6), rng.randint(1, 8))
            options = [f"={a}+{b}", f"=SUM({a}:{b})", f"=MIN({a}:{b}, {rng.randint(-5, 5)})", f"={a} * 2 - {b}",
                       f"=MAX({a}, {b}) / 3"]
            s.set_cell(target, rng.choice(options))
    for c in range(1, 12):
        for r in range(1, 20):
            if s.instance.get_content(cell(c, r)):
                s.get_content(cell(c, r))
                s.get_value(cell(c, r))
    write(4, "secret", "08-random-inserts", s)

    rng = random.Random(402)
    s = Script("a large sheet moved by inserts")
    for r in range(1, 101):
        s.set_cell(f"A{r}", str(rng.randint(1, 9)))
        s.set_cell(f"B{r}", f"=A{r} + B{r - 1}" if r > 1 else "=A1")
        s.set_cell(f"C{r}", f"=SUM(A1:A{r}) - B{r}")
    for _ in range(4):
        s.insert_row(rng.randint(1, 110))
        s.insert_column(rng.choice(["A", "B", "C", "D"]))
    last = [name for name in s.instance._contents if name.startswith(("A", "B", "C", "D", "E", "F", "G"))]
    for name in sorted(last, key=REFERENCE.sort_key)[-5:]:
        s.get_content(name)
        s.get_value(name)
    write(4, "secret", "09-large-insert", s)


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
