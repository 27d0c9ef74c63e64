#!/usr/bin/env python3
"""Write the tests of gpu-credit-ledger: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer. Random scripts are seeded, so running this again
reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "CreditLedger"


def load_reference():
    path = ROOT / "submissions" / "accepted" / "credit_ledger.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.balance(3)` records the call and its answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)()
        self.calls: list[dict] = [{"new": CLASS, "args": []}]

    def __getattr__(self, method: str):
        def call(*args):
            result = getattr(self.instance, method)(*args)
            self.calls.append({"call": method, "args": list(args), "expect": result})
            return result

        return call


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


def random_script(description: str, seed: int, level: int, operations: int, horizon: int = 1000) -> Script:
    """Random grants and charges; in time order below level 4, queries about the past from level 3."""
    rng = random.Random(seed)
    s = Script(description)
    clock = 0
    grant_ids: list[str] = []
    job_ids: list[str] = []
    kinds = ["grant"] * 5 + ["charge"] * 8 + ["balance"] * 3
    if level >= 2:
        kinds += ["grant_balance"] * 2 + ["active"] * 2 + ["expiring"] * 2
    if level >= 3:
        kinds += ["charged"] * 2 + ["expired"] * 2
    if level >= 4:
        kinds += ["status"] * 3
    for _ in range(operations):
        kind = rng.choice(kinds)
        clock += rng.choice([0, 0, 1, 2, 5, 10])
        if level >= 4:
            event_time = rng.randint(0, max(clock, 1))
        else:
            event_time = clock
        query_time = rng.randint(0, clock + 20) if level >= 3 else clock
        if kind == "grant":
            grant_id = rng.choice(grant_ids) if grant_ids and rng.random() < 0.05 else f"g{len(grant_ids)}{rng.choice('abc')}"
            grant_ids.append(grant_id)
            amount = rng.choice([rng.randint(1, 30), rng.randint(30, 200), 0])
            s.add_grant(grant_id, amount, event_time, event_time + rng.choice([1, 5, 20, 50, 100, 300]))
        elif kind == "charge":
            job_id = rng.choice(job_ids) if job_ids and rng.random() < 0.05 else f"j{len(job_ids)}"
            job_ids.append(job_id)
            s.charge(job_id, rng.choice([rng.randint(1, 20), rng.randint(20, 120), 0]), event_time)
        elif kind == "balance":
            s.balance(query_time)
        elif kind == "grant_balance":
            live = [g.grant_id for g in s.instance._grants.values() if g.usable_at(query_time)]
            pool = live if live and rng.random() < 0.7 else grant_ids + ["nope"]
            s.grant_balance(rng.choice(pool), query_time)
        elif kind == "active":
            s.active_grants(query_time)
        elif kind == "expiring":
            s.expiring_within(query_time, rng.choice([0, 1, 10, 50, 200]))
        elif kind == "charged":
            start = rng.randint(0, clock + 10)
            s.charged_between(start, start + rng.randint(-5, horizon // 4))
        elif kind == "expired":
            start = rng.randint(0, clock + 10)
            s.expired_between(start, start + rng.randint(-5, horizon // 4))
        else:
            s.charge_status(rng.choice(job_ids + ["nope"]))
    s.balance(clock)
    if level >= 2:
        s.active_grants(clock)
    if level >= 3:
        s.charged_between(0, clock + 1)
        s.expired_between(0, 10**9)
    if level >= 4:
        for job_id in job_ids[-20:]:
            s.charge_status(job_id)
    return s


# Level 1 -----------------------------------------------------------------------------------------


def level_1() -> None:
    s = Script("grants, charges that draw on the soonest expiry first, and balances")
    s.add_grant("monthly", 100, 0, 50)
    s.add_grant("promo", 30, 10, 30)
    s.add_grant("promo", 5, 10, 40)
    s.balance(10)
    s.charge("job-1", 40, 20)
    s.balance(20)
    s.charge("job-2", 91, 25)
    s.charge("job-2", 10, 25)
    s.balance(49)
    s.balance(50)
    s.charge("job-3", 1, 50)
    write(1, "sample", "01-ledger", s)

    s = Script("invalid grants and charges are rejected and recorded nowhere")
    s.add_grant("g", 0, 0, 10)
    s.add_grant("g", -5, 0, 10)
    s.add_grant("g", 10, 5, 5)
    s.add_grant("g", 10, 5, 4)
    s.add_grant("g", 10, 5, 6)
    s.add_grant("g", 10, 5, 60)
    s.balance(5)
    s.charge("j", 0, 5)
    s.charge("j", -3, 5)
    s.charge("j", 3, 5)
    s.charge("j", 3, 5)
    s.balance(5)
    write(1, "secret", "01-validation", s)

    s = Script("a grant is usable from its start up to, not including, its expiry")
    s.add_grant("short", 10, 100, 101)
    s.balance(100)
    s.add_grant("day", 10, 100, 124)
    s.balance(100)
    s.balance(101)
    s.balance(123)
    s.charge("at-expiry-minus-one", 10, 123)
    s.balance(123)
    s.balance(124)
    s.add_grant("again", 5, 124, 125)
    s.charge("at-expiry", 6, 124)
    s.charge("fits", 5, 124)
    s.balance(124)
    write(1, "secret", "02-expiry-boundary", s)

    s = Script("the soonest expiry pays first; equal expiries go by grant id, by character code")
    s.add_grant("late", 10, 0, 90)
    s.add_grant("a9", 10, 0, 50)
    s.add_grant("a10", 10, 0, 50)
    s.add_grant("B", 10, 0, 50)
    s.add_grant("soon", 10, 0, 20)
    s.charge("j1", 15, 1)
    s.balance(19)
    s.balance(20)
    s.charge("j2", 12, 20)
    s.balance(49)
    s.balance(50)
    s.charge("j3", 11, 50)
    s.charge("j4", 3, 50)
    s.balance(50)
    write(1, "secret", "03-consumption-order", s)

    s = Script("a charge is paid in full or not at all")
    s.add_grant("a", 30, 0, 100)
    s.add_grant("b", 20, 0, 100)
    s.charge("too-much", 51, 10)
    s.balance(10)
    s.charge("exact", 50, 10)
    s.balance(10)
    s.charge("nothing-left", 1, 11)
    s.add_grant("c", 1, 12, 13)
    s.charge("one", 1, 12)
    s.balance(12)
    write(1, "secret", "04-all-or-nothing", s)

    s = Script("one charge spanning many grants")
    for i in range(30):
        s.add_grant(f"g{i:02d}", i + 1, i, 1000 - i)
    s.balance(30)
    s.charge("big", 400, 30)
    s.balance(30)
    s.charge("rest", 65, 31)
    s.balance(31)
    write(1, "secret", "05-many-grants", s)

    write(1, "secret", "06-random-200", random_script("200 random level-1 calls", 101, 1, 200))
    write(1, "secret", "07-random-1500", random_script("1500 random level-1 calls", 102, 1, 1500))

    s = Script("a grant that started later but expires sooner is drawn on first")
    s.add_grant("old", 50, 0, 100)
    s.add_grant("new", 30, 10, 40)
    s.charge("j1", 40, 20)
    s.balance(20)
    s.balance(39)
    s.balance(40)
    s.add_grant("newer", 20, 45, 60)
    s.charge("j2", 25, 50)
    s.balance(50)
    s.balance(59)
    s.balance(60)
    write(1, "secret", "08-expiry-not-age", s)


# Level 2 -----------------------------------------------------------------------------------------


def level_2() -> None:
    s = Script("what is left in each grant, which grants are active, what expires soon")
    s.add_grant("a", 50, 0, 100)
    s.add_grant("b", 20, 0, 40)
    s.add_grant("c", 20, 5, 40)
    s.charge("j", 30, 10)
    s.active_grants(10)
    s.grant_balance("b", 10)
    s.grant_balance("a", 10)
    s.grant_balance("zzz", 10)
    s.expiring_within(10, 30)
    s.expiring_within(10, 29)
    s.grant_balance("c", 40)
    write(2, "sample", "01-queries", s)

    s = Script("active_grants lists usable grants with credit left, in consumption order")
    s.active_grants(0)
    s.add_grant("x", 10, 0, 30)
    s.add_grant("y", 10, 0, 20)
    s.add_grant("Y", 10, 0, 20)
    s.add_grant("z", 10, 0, 10)
    s.active_grants(0)
    s.charge("j1", 15, 5)
    s.active_grants(5)
    s.active_grants(10)
    s.charge("j2", 10, 12)
    s.active_grants(12)
    s.active_grants(20)
    s.active_grants(30)
    write(2, "secret", "01-active-grants", s)

    s = Script("grant_balance: unknown ids, used-up grants, expired grants")
    s.grant_balance("g", 0)
    s.add_grant("g", 10, 0, 5)
    s.grant_balance("g", 0)
    s.add_grant("bad", 0, 0, 5)
    s.grant_balance("bad", 0)
    s.charge("j", 10, 1)
    s.grant_balance("g", 1)
    s.add_grant("h", 10, 2, 5)
    s.grant_balance("h", 4)
    s.grant_balance("h", 5)
    s.grant_balance("h", 500)
    write(2, "secret", "02-grant-balance", s)

    s = Script("expiring_within includes an expiry exactly at the end of the window")
    s.add_grant("e10", 1, 0, 10)
    s.add_grant("e11", 2, 0, 11)
    s.add_grant("e20", 4, 0, 20)
    s.add_grant("never", 8, 0, 10**9)
    for window in [0, 1, 9, 10, 11, 19, 20, 10**9]:
        s.expiring_within(0, window)
    s.expiring_within(10, 1)
    s.expiring_within(10, 10)
    s.charge("j", 3, 10)
    s.expiring_within(10, 10)
    write(2, "secret", "03-expiring-within", s)

    write(2, "secret", "04-random-300", random_script("300 random level-2 calls", 201, 2, 300))
    write(2, "secret", "05-random-1500", random_script("1500 random level-2 calls", 202, 2, 1500))


# Level 3 -----------------------------------------------------------------------------------------


def level_3() -> None:
    s = Script("questions about the past, charged and expired credit")
    s.add_grant("a", 100, 0, 50)
    s.add_grant("b", 40, 0, 30)
    s.charge("j1", 50, 10)
    s.charge("j2", 20, 35)
    s.charge("j3", 500, 40)
    s.balance(5)
    s.grant_balance("a", 20)
    s.active_grants(9)
    s.charged_between(0, 35)
    s.charged_between(0, 36)
    s.expired_between(0, 100)
    s.expired_between(30, 50)
    write(3, "sample", "01-history", s)

    s = Script("the past as it was: before a grant started, before and after each charge")
    s.add_grant("a", 60, 10, 100)
    s.charge("j1", 10, 20)
    s.charge("j2", 15, 30)
    s.add_grant("b", 5, 40, 45)
    s.charge("j3", 20, 40)
    for t in [0, 9, 10, 19, 20, 29, 30, 39, 40, 44, 45, 99, 100]:
        s.balance(t)
        s.grant_balance("a", t)
        s.active_grants(t)
    s.expiring_within(30, 70)
    s.expiring_within(41, 4)
    s.expiring_within(41, 3)
    write(3, "secret", "01-past-balances", s)

    s = Script("charged_between counts paid charges in [start, end) only")
    s.add_grant("a", 100, 0, 1000)
    s.charge("j1", 10, 10)
    s.charge("j2", 20, 20)
    s.charge("fail", 1000, 20)
    s.charge("j3", 30, 30)
    for start, end in [(0, 10), (10, 11), (10, 20), (10, 21), (20, 30), (0, 1000), (30, 31), (31, 100), (20, 20),
                       (25, 15)]:
        s.charged_between(start, end)
    write(3, "secret", "02-charged-between", s)

    s = Script("expired_between: unused credit at expiry, grants expiring later counted with what is left")
    s.add_grant("e10", 10, 0, 10)
    s.add_grant("e20", 20, 0, 20)
    s.add_grant("e30", 30, 0, 30)
    s.charge("j1", 15, 5)
    s.charge("j2", 10, 15)
    for start, end in [(0, 10), (10, 11), (10, 20), (20, 21), (0, 30), (0, 31), (30, 31), (31, 1000), (5, 5)]:
        s.expired_between(start, end)
    s.charge("j3", 5, 25)
    s.expired_between(30, 31)
    write(3, "secret", "03-expired-between", s)

    s = Script("events with the same timestamp take effect in the order received")
    s.add_grant("a", 10, 5, 50)
    s.charge("j1", 15, 5)
    s.add_grant("b", 10, 5, 50)
    s.charge("j2", 15, 5)
    s.balance(5)
    s.charged_between(5, 6)
    s.grant_balance("a", 5)
    s.grant_balance("b", 5)
    s.balance(4)
    write(3, "secret", "04-same-timestamp", s)

    write(3, "secret", "05-random-300", random_script("300 random level-3 calls", 301, 3, 300))
    write(3, "secret", "06-random-1500", random_script("1500 random level-3 calls", 302, 3, 1500))


# Level 4 -----------------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("late charges and late grants change what was paid")
    s.add_grant("a", 100, 0, 100)
    s.charge("j1", 80, 50)
    s.charge("j2", 30, 60)
    s.charge("early", 50, 10)
    s.charge_status("j1")
    s.charge_status("j2")
    s.balance(70)
    s.add_grant("b", 100, 40, 200)
    s.charge_status("j1")
    s.charge_status("j2")
    s.active_grants(70)
    s.charge("j1", 5, 90)
    write(4, "sample", "01-late-events", s)

    s = Script("a late grant rescues failed charges, in time order")
    s.charge("j1", 10, 10)
    s.charge("j2", 10, 20)
    s.charge("j3", 10, 30)
    s.charge_status("j1")
    s.add_grant("g", 25, 5, 100)
    s.charge_status("j1")
    s.charge_status("j2")
    s.charge_status("j3")
    s.charged_between(0, 100)
    s.add_grant("h", 5, 25, 26)
    s.charge_status("j3")
    s.add_grant("k", 5, 30, 31)
    s.charge_status("j3")
    s.charge_status("nope")
    write(4, "secret", "01-late-grant", s)

    s = Script("a late charge can make later charges fail")
    s.add_grant("g", 30, 0, 100)
    s.charge("j1", 10, 10)
    s.charge("j2", 10, 20)
    s.charge("j3", 10, 30)
    s.charge("late", 15, 5)
    s.charge_status("j1")
    s.charge_status("j2")
    s.charge_status("j3")
    s.balance(30)
    s.charged_between(0, 100)
    s.charge("late-big", 100, 1)
    s.charge_status("late-big")
    s.charge_status("j3")
    write(4, "secret", "02-late-charge", s)

    s = Script("a late event with a timestamp already seen goes after the events received before it")
    s.add_grant("g", 10, 0, 100)
    s.charge("j1", 10, 50)
    s.charge("j2", 10, 50)
    s.add_grant("h", 10, 50, 100)
    s.charge("k", 5, 60)
    s.charge_status("j1")
    s.charge_status("j2")
    s.add_grant("early", 10, 50, 60)
    s.charge_status("j1")
    s.charge_status("j2")
    s.grant_balance("early", 50)
    s.grant_balance("h", 60)
    s.charge("j3", 10, 50)
    s.charge_status("j3")
    s.charge_status("k")
    s.grant_balance("early", 55)
    s.grant_balance("h", 55)
    write(4, "secret", "03-same-timestamp-late", s)

    s = Script("a late grant that expires sooner changes which grants later charges draw on")
    s.add_grant("slow", 100, 0, 1000)
    s.charge("j1", 30, 20)
    s.grant_balance("slow", 20)
    s.add_grant("fast", 20, 10, 25)
    s.grant_balance("slow", 20)
    s.grant_balance("fast", 20)
    s.expired_between(0, 100)
    s.active_grants(21)
    s.balance(19)
    write(4, "secret", "04-reordered-consumption", s)

    s = Script("ids are checked on arrival, whatever the timestamps")
    s.add_grant("g", 10, 50, 100)
    s.add_grant("g", 10, 0, 100)
    s.charge("j", 5, 60)
    s.charge("j", 5, 10)
    s.charge_status("j")
    s.charge("k", 5, 10)
    s.charge_status("k")
    s.balance(60)
    write(4, "secret", "05-ids", s)

    for index, seed in enumerate([401, 402, 403], start=6):
        write(4, "secret", f"{index:02d}-random-{seed}", random_script(
            f"300 random level-4 calls (seed {seed})", seed, 4, 300))
    write(4, "secret", "09-random-large", random_script("1200 random level-4 calls", 404, 4, 1200))

    s = Script("rejected calls record nothing: their ids stay free and a later grant can still rescue a failed charge")
    s.add_grant("g", 10, 0, 100)
    s.charge("bad", 0, 10)
    s.charge_status("bad")
    s.charge("neg", -5, 10)
    s.charge_status("neg")
    s.charge("bad", 5, 5)
    s.charge_status("bad")
    s.charge("short", 50, 1)
    s.charge_status("short")
    s.add_grant("g", 100, 0, 100)
    s.charge_status("short")
    s.add_grant("h", 0, 0, 100)
    s.add_grant("h", 100, 0, 0)
    s.charge_status("short")
    s.add_grant("h", 100, 0, 100)
    s.charge_status("short")
    s.charge_status("bad")
    s.balance(10)
    write(4, "secret", "10-rejected-calls", s)


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
