#!/usr/bin/env python3
"""Write the tests of employee-management: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer (a call on which the reference raises is written with
`"raises": true`). Random scripts are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULE = "company.py"
CLASS = "Company"


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.get(...)` records the call and its answer."""

    def __init__(self, description: str, *args) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)(*args)
        self.calls: list[dict] = [{"new": CLASS, "args": list(args)}]

    def __getattr__(self, method: str):
        def call(*args):
            try:
                result = getattr(self.instance, method)(*args)
            except (ValueError, KeyError, IndexError) as error:
                self.calls.append({"call": method, "args": list(args), "raises": True})
                return error
            self.calls.append({"call": method, "args": list(args), "expect": result})
            return result

        return call


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


def clean() -> None:
    for level in range(1, 5):
        shutil.rmtree(ROOT / "data" / f"level-{level}", ignore_errors=True)


# Level 1: employees and attendance ------------------------------------------------------------------


def level_1() -> None:
    s = Script("employees check in and out; time worked adds up the finished sessions")
    s.add_employee("alice", "engineer", 50)
    s.add_employee("bob", "designer", 40)
    s.add_employee("alice", "manager", 90)
    s.check_in("alice", 10)
    s.check_out("alice", 25)
    s.check_out("bob", 30)
    s.check_in("bob", 31)
    s.check_out("bob", 40)
    s.time_worked("alice")
    s.time_worked("carol")
    write(1, "sample", "01-attendance", s)

    s = Script("an employee id can be added once; the first record stays")
    s.add_employee("e1", "engineer", 10)
    s.add_employee("e1", "engineer", 10)
    s.add_employee("e1", "manager", 99)
    s.add_employee("E1", "engineer", 10)
    s.time_worked("e1")
    s.time_worked("E1")
    write(1, "secret", "01-duplicate-ids", s)

    s = Script("unknown employees cannot check in or out and have no time")
    s.check_in("ghost", 1)
    s.check_out("ghost", 2)
    s.time_worked("ghost")
    s.add_employee("real", "engineer", 10)
    s.time_worked("real")
    s.check_in("ghost", 3)
    s.time_worked("real")
    write(1, "secret", "02-unknown-employees", s)

    s = Script("checking in twice fails and keeps the first check-in")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 10)
    s.check_in("a", 15)
    s.check_in("a", 17)
    s.check_out("a", 20)
    s.time_worked("a")
    s.check_out("a", 25)
    s.time_worked("a")
    write(1, "secret", "03-double-check-in", s)

    s = Script("checking out without checking in fails")
    s.add_employee("a", "engineer", 10)
    s.check_out("a", 5)
    s.check_in("a", 6)
    s.check_out("a", 9)
    s.check_out("a", 12)
    s.time_worked("a")
    write(1, "secret", "04-check-out-without-check-in", s)

    s = Script("a session still open does not count yet")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 100)
    s.time_worked("a")
    s.check_out("a", 160)
    s.check_in("a", 200)
    s.time_worked("a")
    s.check_out("a", 201)
    s.time_worked("a")
    write(1, "secret", "05-open-session", s)

    s = Script("many employees, interleaved sessions")
    names = [f"emp{i}" for i in range(6)]
    for name in names:
        s.add_employee(name, "engineer", 10)
    t = 0
    for round_ in range(4):
        for i, name in enumerate(names):
            t += 1
            s.check_in(name, t)
        for i, name in enumerate(reversed(names)):
            t += i + round_ + 1
            s.check_out(name, t)
    for name in names:
        s.time_worked(name)
    write(1, "secret", "06-interleaved", s)

    s = Script("millisecond timestamps make long totals")
    s.add_employee("a", "engineer", 10)
    base = 1_700_000_000_000
    s.check_in("a", base)
    s.check_out("a", base + 3_000_000_000)
    s.check_in("a", base + 3_000_000_001)
    s.check_out("a", base + 6_000_000_001)
    s.time_worked("a")
    write(1, "secret", "07-long-totals", s)

    for index, (size, people) in enumerate([(150, 3), (600, 6), (2000, 40)], start=8):
        rng = random.Random(100 + index)
        s = Script(f"{size} random level-1 calls over {people} employee ids")
        random_ops(s, rng, size, level=1, people=people)
        write(1, "secret", f"{index:02d}-random-{size}", s)


# Level 2: rankings and time in a range --------------------------------------------------------------


def level_2() -> None:
    s = Script("rank employees of a position by time worked; count time inside a range")
    s.add_employee("alice", "engineer", 50)
    s.add_employee("bob", "engineer", 45)
    s.add_employee("carol", "designer", 40)
    s.check_in("alice", 10)
    s.check_in("bob", 12)
    s.check_out("alice", 20)
    s.check_out("bob", 30)
    s.check_in("carol", 31)
    s.check_out("carol", 35)
    s.top_workers(5, "engineer")
    s.top_workers(1, "designer")
    s.time_worked_between("bob", 15, 25)
    s.time_worked_between("alice", 0, 100)
    write(2, "sample", "01-rankings", s)

    s = Script("equal time ranks by id")
    for name in ("dan", "bea", "cid", "amy"):
        s.add_employee(name, "support", 20)
    t = 0
    for name, length in (("dan", 5), ("bea", 5), ("cid", 7), ("amy", 5)):
        s.check_in(name, t + 1)
        s.check_out(name, t + 1 + length)
        t += 10
    s.top_workers(4, "support")
    s.top_workers(2, "support")
    write(2, "secret", "01-ties-by-id", s)

    s = Script("only the asked position counts; n may exceed the matches")
    s.add_employee("a", "engineer", 10)
    s.add_employee("b", "manager", 10)
    s.add_employee("c", "engineer", 10)
    s.top_workers(3, "engineer")
    s.top_workers(3, "manager")
    s.top_workers(3, "chef")
    s.top_workers(3, "Engineer")
    s.check_in("b", 1)
    s.check_out("b", 100)
    s.top_workers(10, "engineer")
    write(2, "secret", "02-position-filter", s)

    s = Script("time in a range counts only the part of each session inside it")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 10)
    s.check_out("a", 20)
    s.check_in("a", 30)
    s.check_out("a", 50)
    for start, end in ((0, 100), (15, 35), (12, 18), (25, 28), (19, 31), (45, 60), (5, 10)):
        s.time_worked_between("a", start, end)
    write(2, "secret", "03-clipping", s)

    s = Script("the range includes its start and excludes its end")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 10)
    s.check_out("a", 20)
    for start, end in ((20, 30), (0, 10), (0, 11), (19, 25), (15, 15), (18, 12), (10, 20)):
        s.time_worked_between("a", start, end)
    write(2, "secret", "04-range-boundaries", s)

    s = Script("open sessions and unknown employees in range queries")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 10)
    s.time_worked_between("a", 0, 100)
    s.time_worked_between("nobody", 0, 100)
    s.top_workers(1, "engineer")
    s.check_out("a", 50)
    s.time_worked_between("a", 0, 100)
    write(2, "secret", "05-open-and-unknown", s)

    for index, (size, people) in enumerate([(150, 3), (600, 6), (1500, 30)], start=6):
        rng = random.Random(200 + index)
        s = Script(f"{size} random calls of levels 1-2 over {people} employee ids")
        random_ops(s, rng, size, level=2, people=people)
        write(2, "secret", f"{index:02d}-random-{size}", s)


# Level 3: promotions and pay ------------------------------------------------------------------------


def level_3() -> None:
    s = Script("a promotion waits for the next check-in; pay uses each session's rate")
    s.add_employee("alice", "engineer", 50)
    s.check_in("alice", 10)
    s.promote("alice", "lead", 80, 15)
    s.check_out("alice", 20)
    s.top_workers(1, "engineer")
    s.check_in("alice", 30)
    s.top_workers(1, "lead")
    s.check_out("alice", 40)
    s.pay("alice", 0, 100)
    s.pay("alice", 35, 100)
    write(3, "sample", "01-promotion-and-pay", s)

    s = Script("a promotion does not touch the session in progress")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 1)
    s.promote("a", "senior", 20, 0)
    s.top_workers(1, "engineer")
    s.top_workers(1, "senior")
    s.check_out("a", 11)
    s.pay("a", 0, 100)
    s.top_workers(1, "senior")
    s.check_in("a", 12)
    s.top_workers(1, "senior")
    s.check_out("a", 22)
    s.pay("a", 0, 100)
    write(3, "secret", "01-waits-for-check-in", s)

    s = Script("a promotion dated in the future skips earlier check-ins")
    s.add_employee("a", "engineer", 10)
    s.promote("a", "senior", 20, 100)
    s.check_in("a", 50)
    s.check_out("a", 60)
    s.check_in("a", 99)
    s.check_out("a", 101)
    s.top_workers(1, "engineer")
    s.check_in("a", 150)
    s.check_out("a", 155)
    s.top_workers(1, "senior")
    s.pay("a", 0, 1000)
    write(3, "secret", "02-future-promotion", s)

    s = Script("one pending promotion at a time")
    s.add_employee("a", "engineer", 10)
    s.promote("a", "senior", 20, 5)
    s.promote("a", "staff", 30, 5)
    s.check_in("a", 10)
    s.promote("a", "staff", 30, 5)
    s.promote("a", "principal", 40, 5)
    s.check_out("a", 20)
    s.check_in("a", 21)
    s.check_out("a", 22)
    s.top_workers(1, "staff")
    s.pay("a", 0, 100)
    s.promote("nobody", "staff", 30, 5)
    s.pay("nobody", 0, 100)
    write(3, "secret", "03-one-pending-promotion", s)

    s = Script("pay clips sessions to the range like time_worked_between")
    s.add_employee("a", "engineer", 7)
    s.check_in("a", 10)
    s.check_out("a", 20)
    s.promote("a", "senior", 11, 0)
    s.check_in("a", 30)
    s.check_out("a", 40)
    for start, end in ((0, 100), (15, 35), (20, 30), (38, 38), (40, 10), (10, 11), (39, 40)):
        s.pay("a", start, end)
    write(3, "secret", "04-pay-clipping", s)

    s = Script("a promotion moves the whole time worked to the new position's ranking")
    for name in ("a", "b", "c"):
        s.add_employee(name, "engineer", 10)
    s.check_in("a", 1)
    s.check_out("a", 50)
    s.check_in("b", 51)
    s.check_out("b", 60)
    s.promote("a", "manager", 30, 0)
    s.top_workers(3, "engineer")
    s.check_in("a", 61)
    s.top_workers(3, "engineer")
    s.top_workers(3, "manager")
    s.check_out("a", 62)
    s.time_worked("a")
    write(3, "secret", "05-ranking-after-promotion", s)

    s = Script("a promotion to the same position only changes the rate")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 0)
    s.check_out("a", 10)
    s.promote("a", "engineer", 12, 0)
    s.check_in("a", 20)
    s.check_out("a", 30)
    s.pay("a", 0, 100)
    s.top_workers(1, "engineer")
    write(3, "secret", "06-same-position", s)

    for index, (size, people) in enumerate([(150, 3), (600, 6), (1500, 25)], start=7):
        rng = random.Random(300 + index)
        s = Script(f"{size} random calls with promotions and pay over {people} employee ids")
        random_ops(s, rng, size, level=3, people=people)
        write(3, "secret", f"{index:02d}-random-{size}", s)


# Level 4: double pay and payroll --------------------------------------------------------------------


def level_4() -> None:
    s = Script("time inside a double-pay period pays twice; payroll ranks everyone's pay")
    s.add_employee("alice", "engineer", 50)
    s.add_employee("bob", "engineer", 40)
    s.check_in("alice", 10)
    s.check_out("alice", 30)
    s.check_in("bob", 31)
    s.check_out("bob", 41)
    s.add_double_pay_period(25, 35)
    s.pay("alice", 0, 100)
    s.pay("bob", 0, 100)
    s.payroll(0, 100)
    write(4, "sample", "01-double-pay", s)

    s = Script("overlapping double-pay periods do not stack")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 0)
    s.check_out("a", 100)
    s.add_double_pay_period(10, 30)
    s.add_double_pay_period(20, 40)
    s.add_double_pay_period(25, 26)
    s.pay("a", 0, 100)
    s.add_double_pay_period(10, 30)
    s.pay("a", 0, 100)
    s.add_double_pay_period(0, 100)
    s.pay("a", 0, 100)
    write(4, "secret", "01-no-stacking", s)

    s = Script("a period added later changes the pay of sessions already worked")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 0)
    s.check_out("a", 10)
    s.pay("a", 0, 10)
    s.add_double_pay_period(5, 8)
    s.pay("a", 0, 10)
    s.add_double_pay_period(100, 200)
    s.pay("a", 0, 10)
    s.check_in("a", 150)
    s.check_out("a", 160)
    s.pay("a", 0, 1000)
    write(4, "secret", "02-retroactive", s)

    s = Script("periods, sessions and the pay range are all clipped against each other")
    s.add_employee("a", "engineer", 3)
    s.check_in("a", 10)
    s.check_out("a", 50)
    s.add_double_pay_period(0, 20)
    s.add_double_pay_period(40, 60)
    for start, end in ((0, 100), (15, 45), (20, 40), (0, 15), (45, 50), (50, 60)):
        s.pay("a", start, end)
    write(4, "secret", "03-clipping", s)

    s = Script("empty and reversed periods change nothing; adjacent ones join")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 0)
    s.check_out("a", 20)
    s.add_double_pay_period(5, 5)
    s.add_double_pay_period(9, 3)
    s.pay("a", 0, 20)
    s.add_double_pay_period(5, 10)
    s.add_double_pay_period(10, 15)
    s.pay("a", 0, 20)
    s.pay("a", 9, 11)
    write(4, "secret", "04-degenerate-periods", s)

    s = Script("double pay multiplies each session's own rate")
    s.add_employee("a", "engineer", 10)
    s.check_in("a", 0)
    s.check_out("a", 10)
    s.promote("a", "senior", 25, 0)
    s.check_in("a", 11)
    s.check_out("a", 20)
    s.add_double_pay_period(5, 15)
    s.pay("a", 0, 20)
    write(4, "secret", "05-rate-per-session", s)

    s = Script("payroll lists every employee, highest pay first, ties by id")
    for name, rate in (("d", 10), ("b", 20), ("c", 10), ("a", 5), ("e", 1)):
        s.add_employee(name, "engineer", rate)
    s.payroll(0, 100)
    for name, (start, end) in (("d", (0, 10)), ("b", (11, 16)), ("c", (17, 27)), ("a", (28, 48))):
        s.check_in(name, start)
        s.check_out(name, end)
    s.payroll(0, 100)
    s.add_double_pay_period(0, 5)
    s.payroll(0, 100)
    s.payroll(100, 200)
    write(4, "secret", "06-payroll", s)

    s = Script("payroll of an empty company")
    s.payroll(0, 10)
    write(4, "secret", "07-empty-payroll", s)

    for index, (size, people) in enumerate([(150, 3), (600, 6), (1200, 20)], start=8):
        rng = random.Random(400 + index)
        s = Script(f"{size} random calls with double pay over {people} employee ids")
        random_ops(s, rng, size, level=4, people=people)
        write(4, "secret", f"{index:02d}-random-{size}", s)


# Random scripts ------------------------------------------------------------------------------------

POSITIONS = ["engineer", "designer", "manager"]


def random_ops(s: Script, rng: random.Random, size: int, level: int, people: int) -> None:
    """Append `size` random calls of the methods of levels 1..`level`, check-ins in time order."""
    names = [f"e{i}" for i in range(people)]
    t = 0
    for name in names[: people // 2]:
        s.add_employee(name, rng.choice(POSITIONS), rng.randint(1, 50))
    for _ in range(size):
        name = rng.choice(names)
        start = rng.randint(0, t + 5)
        end = start + rng.randint(-3, 40)
        ops = ["add", "in", "in", "out", "out", "out", "time"]
        if level >= 2:
            ops += ["top", "between"]
        if level >= 3:
            ops += ["promote", "pay", "pay"]
        if level >= 4:
            ops += ["period", "payroll"]
        op = rng.choice(ops)
        if op == "add":
            s.add_employee(name, rng.choice(POSITIONS), rng.randint(1, 50))
        elif op in ("in", "out"):
            t += rng.randint(1, 6)
            s.check_in(name, t) if op == "in" else s.check_out(name, t)
        elif op == "time":
            s.time_worked(name)
        elif op == "top":
            s.top_workers(rng.randint(1, 4), rng.choice(POSITIONS))
        elif op == "between":
            s.time_worked_between(name, start, end)
        elif op == "promote":
            s.promote(name, rng.choice(POSITIONS), rng.randint(1, 50), t + rng.randint(-5, 20))
        elif op == "pay":
            s.pay(name, start, end)
        elif op == "period":
            s.add_double_pay_period(start, start + rng.randint(-2, 15))
        elif op == "payroll":
            if rng.random() < 0.3:
                s.payroll(start, end)
    for name in names:
        s.time_worked(name)


def main() -> None:
    clean()
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
