#!/usr/bin/env python3
"""Write the tests of banking-system: `python3 generators/generate.py` (from any directory).

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
MODULE = "bank.py"
CLASS = "Bank"


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


class Clock:
    """Hands out strictly increasing timestamps."""

    def __init__(self, start: int = 1) -> None:
        self.now = start - 1

    def __call__(self, step: int = 1) -> int:
        self.now += step
        return self.now


# Level 1: accounts, deposits, withdrawals, transfers ------------------------------------------------


def level_1() -> None:
    s, t = Script("accounts, deposits, withdrawals and transfers"), Clock()
    s.create_account(t(), "acc1")
    s.create_account(t(), "acc2")
    s.create_account(t(), "acc1")
    s.deposit(t(), "acc1", 500)
    s.deposit(t(), "acc3", 100)
    s.transfer(t(), "acc1", "acc2", 200)
    s.withdraw(t(), "acc2", 50)
    s.transfer(t(), "acc2", "acc1", 1000)
    s.balance(t(), "acc2")
    write(1, "sample", "01-basics", s)

    s, t = Script("an account id can be created once"), Clock()
    s.create_account(t(), "a")
    s.create_account(t(), "a")
    s.deposit(t(), "a", 10)
    s.create_account(t(), "a")
    s.balance(t(), "a")
    s.create_account(t(), "A")
    s.balance(t(), "A")
    write(1, "secret", "01-duplicate-create", s)

    s, t = Script("operations on accounts that do not exist"), Clock()
    s.balance(t(), "ghost")
    s.deposit(t(), "ghost", 5)
    s.withdraw(t(), "ghost", 5)
    s.create_account(t(), "real")
    s.deposit(t(), "real", 100)
    s.transfer(t(), "real", "ghost", 10)
    s.transfer(t(), "ghost", "real", 10)
    s.balance(t(), "real")
    s.balance(t(), "ghost")
    write(1, "secret", "02-missing-accounts", s)

    s, t = Script("withdrawals and transfers need enough money, and may take all of it"), Clock()
    s.create_account(t(), "a")
    s.create_account(t(), "b")
    s.withdraw(t(), "a", 1)
    s.deposit(t(), "a", 100)
    s.withdraw(t(), "a", 101)
    s.balance(t(), "a")
    s.withdraw(t(), "a", 100)
    s.withdraw(t(), "a", 1)
    s.deposit(t(), "a", 70)
    s.transfer(t(), "a", "b", 71)
    s.transfer(t(), "a", "b", 70)
    s.balance(t(), "a")
    s.balance(t(), "b")
    write(1, "secret", "03-insufficient-and-exact", s)

    s, t = Script("a transfer to the same account fails"), Clock()
    s.create_account(t(), "a")
    s.deposit(t(), "a", 50)
    s.transfer(t(), "a", "a", 10)
    s.balance(t(), "a")
    write(1, "secret", "04-transfer-to-self", s)

    s, t = Script("balances beyond 32-bit integers"), Clock()
    s.create_account(t(), "whale")
    s.create_account(t(), "minnow")
    for _ in range(5):
        s.deposit(t(), "whale", 1_000_000_000)
    s.transfer(t(), "whale", "minnow", 3_000_000_000)
    s.withdraw(t(), "minnow", 2_147_483_648)
    s.balance(t(), "whale")
    s.balance(t(), "minnow")
    write(1, "secret", "05-large-amounts", s)

    s, t = Script("money moves around a ring of accounts"), Clock()
    names = [f"r{i}" for i in range(6)]
    for name in names:
        s.create_account(t(), name)
        s.deposit(t(), name, 10)
    for round_ in range(3):
        for i, name in enumerate(names):
            s.transfer(t(), name, names[(i + 1) % len(names)], 5 + round_ * 5)
    for name in names:
        s.balance(t(), name)
    write(1, "secret", "06-ring", s)

    for index, (size, accounts) in enumerate([(150, 3), (600, 6), (1500, 40)], start=7):
        rng = random.Random(100 + index)
        s = Script(f"{size} random level-1 operations over {accounts} account ids")
        random_ops(s, rng, size, level=1, accounts=accounts)
        write(1, "secret", f"{index:02d}-random-{size}", s)


# Level 2: top spenders and history ---------------------------------------------------------------


def level_2() -> None:
    s, t = Script("top spenders rank by money out; history lists what happened"), Clock()
    for name in ("acc1", "acc2", "acc3"):
        s.create_account(t(), name)
    s.deposit(t(), "acc1", 1000)
    s.deposit(t(), "acc2", 300)
    s.transfer(t(), "acc1", "acc2", 400)
    s.withdraw(t(), "acc2", 250)
    s.withdraw(t(), "acc1", 900)
    s.top_spenders(t(), 2)
    s.history(t(), "acc2")
    s.history(t(), "acc4")
    write(2, "sample", "01-spenders-and-history", s)

    s, t = Script("equal spending ranks by account id"), Clock()
    for name in ("b", "a", "d", "c"):
        s.create_account(t(), name)
        s.deposit(t(), name, 100)
    s.withdraw(t(), "d", 30)
    s.withdraw(t(), "b", 30)
    s.transfer(t(), "c", "a", 30)
    s.top_spenders(t(), 4)
    s.top_spenders(t(), 2)
    s.withdraw(t(), "a", 30)
    s.top_spenders(t(), 3)
    write(2, "secret", "01-ties-by-id", s)

    s, t = Script("accounts that spent nothing are ranked too"), Clock()
    for name in ("x", "y", "z"):
        s.create_account(t(), name)
    s.top_spenders(t(), 3)
    s.deposit(t(), "y", 5)
    s.withdraw(t(), "y", 5)
    s.top_spenders(t(), 2)
    s.top_spenders(t(), 3)
    write(2, "secret", "02-idle-accounts", s)

    s, t = Script("asking for more spenders than accounts lists every account"), Clock()
    s.top_spenders(t(), 5)
    s.create_account(t(), "only")
    s.top_spenders(t(), 5)
    s.top_spenders(t(), 1)
    write(2, "secret", "03-n-beyond-accounts", s)

    s, t = Script("deposits and money received are not spending"), Clock()
    s.create_account(t(), "rich")
    s.create_account(t(), "saver")
    s.deposit(t(), "rich", 1000)
    s.transfer(t(), "rich", "saver", 600)
    s.deposit(t(), "saver", 10_000)
    s.top_spenders(t(), 2)
    write(2, "secret", "04-income-is-not-spending", s)

    s, t = Script("failed operations leave no trace in history or spending"), Clock()
    s.create_account(t(), "a")
    s.create_account(t(), "b")
    s.deposit(t(), "a", 10)
    s.withdraw(t(), "a", 11)
    s.transfer(t(), "a", "b", 11)
    s.transfer(t(), "a", "a", 5)
    s.transfer(t(), "a", "nobody", 5)
    s.history(t(), "a")
    s.history(t(), "b")
    s.top_spenders(t(), 2)
    write(2, "secret", "05-failures-leave-no-trace", s)

    s, t = Script("history in order, with each transfer on both sides"), Clock()
    s.create_account(t(), "a")
    s.create_account(t(), "b")
    s.history(t(), "a")
    s.deposit(t(), "a", 50)
    s.transfer(t(), "a", "b", 20)
    s.transfer(t(), "b", "a", 5)
    s.withdraw(t(), "b", 15)
    s.deposit(t(), "b", 1)
    s.history(t(), "a")
    s.history(t(), "b")
    s.history(t(), "c")
    write(2, "secret", "06-history-order", s)

    s, t = Script("account ids sort as strings"), Clock()
    for name in ("acc10", "acc2", "acc1", "Acc3"):
        s.create_account(t(), name)
        s.deposit(t(), name, 10)
        s.withdraw(t(), name, 7)
    s.top_spenders(t(), 4)
    write(2, "secret", "07-ids-sort-as-strings", s)

    for index, (size, accounts) in enumerate([(150, 3), (500, 6), (1200, 30)], start=8):
        rng = random.Random(200 + index)
        s = Script(f"{size} random operations of levels 1-2 over {accounts} account ids")
        random_ops(s, rng, size, level=2, accounts=accounts)
        write(2, "secret", f"{index:02d}-random-{size}", s)


# Level 3: scheduled payments and holds ------------------------------------------------------------


def level_3() -> None:
    s = Script("a scheduled payment runs when it falls due; a hold sets money aside")
    s.create_account(1, "acc1")
    s.deposit(2, "acc1", 100)
    s.schedule_payment(3, "acc1", 30, 10)
    s.schedule_payment(4, "acc1", 20, 5)
    s.cancel_payment(5, "acc1", "payment2")
    s.balance(12, "acc1")
    s.balance(14, "acc1")
    s.payment_status(15, "acc1", "payment1")
    s.hold(16, "acc1", 50)
    s.withdraw(17, "acc1", 30)
    s.capture_hold(18, "hold1")
    s.history(19, "acc1")
    write(3, "sample", "01-payments-and-holds", s)

    s = Script("a payment is made at its due time, before any operation at that time")
    s.create_account(1, "a")
    s.deposit(2, "a", 100)
    s.schedule_payment(3, "a", 40, 7)
    s.balance(9, "a")
    s.cancel_payment(10, "a", "payment1")
    s.balance(11, "a")
    s.schedule_payment(12, "a", 10, 3)
    s.withdraw(15, "a", 55)
    s.payment_status(16, "a", "payment2")
    s.history(17, "a")
    write(3, "secret", "01-due-before-operation", s)

    s = Script("a payment without enough money fails for good")
    s.create_account(1, "a")
    s.deposit(2, "a", 10)
    s.schedule_payment(3, "a", 50, 2)
    s.payment_status(4, "a", "payment1")
    s.payment_status(5, "a", "payment1")
    s.deposit(6, "a", 100)
    s.balance(7, "a")
    s.payment_status(8, "a", "payment1")
    s.cancel_payment(9, "a", "payment1")
    s.history(10, "a")
    write(3, "secret", "02-failed-payment", s)

    s = Script("payments due at the same time run in the order they were scheduled")
    s.create_account(1, "a")
    s.deposit(2, "a", 100)
    s.schedule_payment(3, "a", 70, 10)
    s.schedule_payment(4, "a", 60, 9)
    s.schedule_payment(5, "a", 30, 8)
    s.schedule_payment(6, "a", 5, 20)
    s.balance(30, "a")
    for i in range(1, 5):
        s.payment_status(30 + i, "a", f"payment{i}")
    s.history(40, "a")
    write(3, "secret", "03-same-due-time", s)

    s = Script("earlier due times run first, whatever the scheduling order")
    s.create_account(1, "a")
    s.deposit(2, "a", 50)
    s.schedule_payment(3, "a", 50, 20)
    s.schedule_payment(4, "a", 50, 5)
    s.balance(100, "a")
    s.payment_status(101, "a", "payment1")
    s.payment_status(102, "a", "payment2")
    s.history(103, "a")
    write(3, "secret", "04-due-order", s)

    s = Script("who may cancel what")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.deposit(3, "a", 100)
    s.schedule_payment(4, "a", 10, 100)
    s.cancel_payment(5, "b", "payment1")
    s.cancel_payment(6, "a", "payment9")
    s.payment_status(7, "b", "payment1")
    s.payment_status(8, "a", "payment9")
    s.cancel_payment(9, "a", "payment1")
    s.cancel_payment(10, "a", "payment1")
    s.payment_status(11, "a", "payment1")
    s.balance(200, "a")
    write(3, "secret", "05-cancel-rules", s)

    s = Script("payment ids count across accounts; a refused schedule takes no id")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.schedule_payment(3, "a", 1, 50)
    s.schedule_payment(4, "nobody", 1, 50)
    s.schedule_payment(5, "b", 1, 50)
    s.schedule_payment(6, "a", 1, 50)
    s.payment_status(7, "b", "payment2")
    s.payment_status(8, "a", "payment3")
    write(3, "secret", "06-payment-ids", s)

    s = Script("paid payments are spending and appear in history at their due time")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.deposit(3, "a", 100)
    s.deposit(4, "b", 100)
    s.withdraw(5, "b", 30)
    s.schedule_payment(6, "a", 40, 4)
    s.top_spenders(9, 2)
    s.top_spenders(10, 2)
    s.history(20, "a")
    write(3, "secret", "07-payments-are-spending", s)

    s = Script("holds set money aside until released or captured")
    s.create_account(1, "a")
    s.deposit(2, "a", 100)
    s.hold(3, "a", 101)
    s.hold(4, "a", 60)
    s.balance(5, "a")
    s.hold(6, "a", 41)
    s.hold(7, "a", 40)
    s.balance(8, "a")
    s.release_hold(9, "hold1")
    s.balance(10, "a")
    s.release_hold(11, "hold1")
    s.capture_hold(12, "hold1")
    s.capture_hold(13, "hold2")
    s.capture_hold(14, "hold2")
    s.release_hold(15, "hold2")
    s.release_hold(16, "hold7")
    s.hold(17, "nobody", 1)
    s.balance(18, "a")
    s.history(19, "a")
    s.top_spenders(20, 1)
    write(3, "secret", "08-holds", s)

    s = Script("held money cannot pay for anything else")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.deposit(3, "a", 100)
    s.hold(4, "a", 80)
    s.withdraw(5, "a", 30)
    s.transfer(6, "a", "b", 30)
    s.schedule_payment(7, "a", 30, 3)
    s.payment_status(11, "a", "payment1")
    s.release_hold(12, "hold1")
    s.transfer(13, "a", "b", 30)
    s.hold(14, "b", 30)
    s.history(15, "b")
    write(3, "secret", "09-held-money-is-unavailable", s)

    s = Script("a payment and a hold compete for the same money")
    s.create_account(1, "a")
    s.deposit(2, "a", 100)
    s.schedule_payment(3, "a", 70, 5)
    s.hold(8, "a", 70)
    s.payment_status(9, "a", "payment1")
    s.hold(10, "a", 30)
    s.release_hold(11, "hold1")
    s.balance(12, "a")
    write(3, "secret", "10-payment-before-hold", s)

    for index, (size, accounts) in enumerate([(150, 3), (500, 5), (1200, 25)], start=11):
        rng = random.Random(300 + index)
        s = Script(f"{size} random operations with payments and holds over {accounts} account ids")
        random_ops(s, rng, size, level=3, accounts=accounts)
        write(3, "secret", f"{index:02d}-random-{size}", s)


# Level 4: merging accounts ---------------------------------------------------------------------


def level_4() -> None:
    s = Script("merging moves money, spending, history and pending payments")
    s.create_account(1, "alice")
    s.create_account(2, "alice-old")
    s.deposit(3, "alice", 100)
    s.deposit(4, "alice-old", 50)
    s.withdraw(5, "alice-old", 20)
    s.schedule_payment(6, "alice-old", 10, 10)
    s.merge_accounts(7, "alice", "alice-old")
    s.balance(8, "alice")
    s.balance(9, "alice-old")
    s.payment_status(10, "alice", "payment1")
    s.balance(16, "alice")
    s.top_spenders(17, 1)
    s.history(18, "alice")
    write(4, "sample", "01-merge", s)

    s = Script("merges that cannot happen")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.merge_accounts(3, "a", "a")
    s.merge_accounts(4, "a", "ghost")
    s.merge_accounts(5, "ghost", "a")
    s.merge_accounts(6, "a", "b")
    s.merge_accounts(7, "a", "b")
    s.merge_accounts(8, "b", "a")
    write(4, "secret", "01-invalid-merges", s)

    s = Script("the merged-away id no longer exists, and can be created afresh")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.deposit(3, "b", 70)
    s.merge_accounts(4, "a", "b")
    s.balance(5, "b")
    s.deposit(6, "b", 1)
    s.withdraw(7, "b", 1)
    s.transfer(8, "a", "b", 1)
    s.history(9, "b")
    s.top_spenders(10, 5)
    s.create_account(11, "b")
    s.balance(12, "b")
    s.history(13, "b")
    s.transfer(14, "a", "b", 20)
    s.history(15, "b")
    s.balance(16, "a")
    write(4, "secret", "02-merged-id-is-gone", s)

    s = Script("the merged history is chronological")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.deposit(3, "a", 100)
    s.deposit(4, "b", 100)
    s.transfer(5, "a", "b", 10)
    s.transfer(6, "b", "a", 30)
    s.withdraw(7, "a", 1)
    s.withdraw(8, "b", 2)
    s.merge_accounts(9, "b", "a")
    s.history(10, "b")
    s.balance(11, "b")
    s.top_spenders(12, 1)
    write(4, "secret", "03-history-interleaves", s)

    s = Script("pending payments follow the merge: they charge, and are managed by, the new owner")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.deposit(3, "a", 100)
    s.schedule_payment(4, "b", 60, 10)
    s.schedule_payment(5, "b", 30, 20)
    s.merge_accounts(6, "a", "b")
    s.payment_status(7, "b", "payment1")
    s.payment_status(8, "a", "payment1")
    s.cancel_payment(9, "b", "payment2")
    s.cancel_payment(10, "a", "payment2")
    s.balance(15, "a")
    s.payment_status(16, "a", "payment1")
    s.history(30, "a")
    write(4, "secret", "04-payments-follow", s)

    s = Script("finished payments keep their status after a merge")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.deposit(3, "b", 5)
    s.schedule_payment(4, "b", 5, 1)
    s.schedule_payment(5, "b", 5, 1)
    s.schedule_payment(6, "b", 5, 100)
    s.cancel_payment(7, "b", "payment3")
    s.merge_accounts(8, "a", "b")
    s.payment_status(9, "a", "payment1")
    s.payment_status(10, "a", "payment2")
    s.payment_status(11, "a", "payment3")
    s.balance(200, "a")
    write(4, "secret", "05-finished-payments", s)

    s = Script("open holds follow the merge")
    s.create_account(1, "a")
    s.create_account(2, "b")
    s.deposit(3, "b", 100)
    s.hold(4, "b", 40)
    s.hold(5, "b", 30)
    s.merge_accounts(6, "a", "b")
    s.balance(7, "a")
    s.release_hold(8, "hold1")
    s.balance(9, "a")
    s.capture_hold(10, "hold2")
    s.balance(11, "a")
    s.history(12, "a")
    s.top_spenders(13, 1)
    write(4, "secret", "06-holds-follow", s)

    s = Script("a chain of merges accumulates everything")
    for i, name in enumerate(("a", "b", "c", "d")):
        s.create_account(10 * i + 1, name)
        s.deposit(10 * i + 2, name, 100 * (i + 1))
        s.withdraw(10 * i + 3, name, 10 * (i + 1))
        s.schedule_payment(10 * i + 4, name, 1, 100)
    s.merge_accounts(50, "c", "d")
    s.merge_accounts(51, "b", "c")
    s.merge_accounts(52, "a", "b")
    s.top_spenders(53, 4)
    s.balance(54, "a")
    for i in range(1, 5):
        s.payment_status(54 + i, "a", f"payment{i}")
    s.balance(150, "a")
    s.history(151, "a")
    write(4, "secret", "07-chain-of-merges", s)

    s = Script("spending of merged accounts adds up in the ranking")
    for name in ("a", "b", "c"):
        s.create_account(1 if name == "a" else 2 if name == "b" else 3, name)
    s.deposit(4, "a", 100)
    s.deposit(5, "b", 100)
    s.deposit(6, "c", 100)
    s.withdraw(7, "a", 30)
    s.withdraw(8, "b", 30)
    s.withdraw(9, "c", 50)
    s.top_spenders(10, 3)
    s.merge_accounts(11, "b", "a")
    s.top_spenders(12, 3)
    write(4, "secret", "08-spending-adds-up", s)

    for index, (size, accounts) in enumerate([(150, 3), (500, 5), (800, 8), (1200, 25)], start=9):
        rng = random.Random(400 + index)
        s = Script(f"{size} random operations with merges over {accounts} account ids")
        random_ops(s, rng, size, level=4, accounts=accounts)
        write(4, "secret", f"{index:02d}-random-{size}", s)


# Random scripts ------------------------------------------------------------------------------------


def random_ops(s: Script, rng: random.Random, size: int, level: int, accounts: int) -> None:
    """Append `size` random calls of the methods of levels 1..`level`, at increasing timestamps."""
    names = [f"acc{i}" for i in range(accounts)]
    t = 0
    owners: dict[str, str] = {}  # payment id -> the account that should manage it, mostly right
    holds = 0
    for _ in range(size):
        t += rng.randint(1, 3)
        a, b = rng.choice(names), rng.choice(names)
        amount = rng.randint(1, 300)
        ops = ["create", "deposit", "deposit", "withdraw", "transfer", "transfer", "balance"]
        if level >= 2:
            ops += ["top", "history"]
        if level >= 3:
            ops += ["schedule", "schedule", "cancel", "status", "status", "hold", "release", "capture"]
        if level >= 4:
            ops += ["merge"]
        op = rng.choice(ops)
        payment_id = f"payment{rng.randint(1, len(owners) + 1)}"
        owner = owners.get(payment_id, a) if rng.random() < 0.8 else a
        if op == "create":
            s.create_account(t, a)
        elif op == "deposit":
            s.deposit(t, a, 2 * amount)
        elif op == "withdraw":
            s.withdraw(t, a, amount)
        elif op == "transfer":
            s.transfer(t, a, b, amount)
        elif op == "balance":
            s.balance(t, a)
        elif op == "top":
            s.top_spenders(t, rng.randint(1, accounts + 1))
        elif op == "history":
            if rng.random() < 0.4:  # histories are long; sample them
                s.history(t, a)
        elif op == "schedule":
            payment = s.schedule_payment(t, a, amount // 2 + 1, rng.randint(1, 30))
            if payment is not None:
                owners[payment] = a
        elif op == "cancel":
            s.cancel_payment(t, owner, payment_id)
        elif op == "status":
            s.payment_status(t, owner, payment_id)
        elif op == "hold":
            if s.hold(t, a, amount // 2 + 1) is not None:
                holds += 1
        elif op in ("release", "capture"):
            hold_id = f"hold{rng.randint(1, holds + 1)}"
            s.release_hold(t, hold_id) if op == "release" else s.capture_hold(t, hold_id)
        elif op == "merge":
            if rng.random() < 0.5 and s.merge_accounts(t, a, b):
                owners = {p: (a if o == b else o) for p, o in owners.items()}
    for name in names:
        t += 1
        s.balance(t, name)


def main() -> None:
    clean()
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
