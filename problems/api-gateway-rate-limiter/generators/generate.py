#!/usr/bin/env python3
"""Write the tests of api-gateway-rate-limiter: `python3 generators/generate.py` (from any directory).

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
MODULE = "rate_limiter.py"
CLASS = "RateLimiter"


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


ALGORITHMS = ["fixed_window", "sliding_window", "token_bucket"]


# Level 1: a fixed window per client -----------------------------------------------------------


def level_1() -> None:
    s = Script("each client gets 3 requests per 10 time units", 3, 10)
    s.allow("alice", 1)
    s.allow("alice", 2)
    s.allow("alice", 5)
    s.allow("alice", 7)
    s.remaining("alice", 8)
    s.allow("bob", 8)
    s.allow("alice", 12)
    s.remaining("alice", 12)
    write(1, "sample", "01-fixed-window", s)

    s = Script("windows start at multiples of the window length, not at a client's first request", 3, 10)
    s.allow("c", 7)
    s.allow("c", 8)
    s.allow("c", 9)
    s.allow("c", 9)
    s.allow("c", 10)
    s.remaining("c", 10)
    s.allow("c", 16)
    s.allow("c", 17)
    s.allow("c", 19)
    s.allow("c", 20)
    write(1, "secret", "01-window-alignment", s)

    s = Script("rejected requests use up nothing; remaining never goes below 0", 2, 10)
    for t in range(0, 8):
        s.allow("c", t)
        s.remaining("c", t)
    s.remaining("c", 9)
    s.remaining("c", 10)
    s.allow("c", 10)
    s.remaining("c", 10)
    write(1, "secret", "02-rejections-use-nothing", s)

    s = Script("clients are limited independently", 2, 5)
    for t in range(4):
        for client in ("a", "b", "c"):
            s.allow(client, t)
    for client in ("a", "b", "c", "d"):
        s.remaining(client, 4)
    write(1, "secret", "03-independent-clients", s)

    s = Script("a client never seen has the whole limit", 4, 100)
    s.remaining("nobody", 0)
    s.remaining("nobody", 1_000_000)
    s.allow("x", 5)
    s.remaining("nobody", 5)
    write(1, "secret", "04-unknown-client", s)

    s = Script("a gap of several windows starts afresh", 2, 10)
    s.allow("c", 3)
    s.allow("c", 4)
    s.allow("c", 5)
    s.allow("c", 55)
    s.allow("c", 56)
    s.allow("c", 57)
    s.remaining("c", 59)
    s.remaining("c", 60)
    write(1, "secret", "05-gaps", s)

    s = Script("limit 1, timestamp 0 and millisecond epoch timestamps", 1, 1000)
    s.allow("c", 0)
    s.allow("c", 999)
    s.allow("c", 1000)
    base = 1_700_000_000_000
    s.allow("c", base + 999)
    s.allow("c", base + 1000)
    s.allow("c", base + 1001)
    s.remaining("c", base + 1999)
    s.remaining("c", base + 2000)
    write(1, "secret", "06-limit-one-and-big-times", s)

    for index, (size, limit, window, clients) in enumerate(
        [(150, 2, 5, 2), (600, 3, 10, 4), (1500, 5, 20, 30)], start=7
    ):
        rng = random.Random(100 + index)
        s = Script(f"{size} random requests, {limit} per {window}, {clients} clients", limit, window)
        random_ops(s, rng, size, level=1, clients=clients)
        write(1, "secret", f"{index:02d}-random-{size}", s)


# Level 2: statistics ------------------------------------------------------------------------------


def level_2() -> None:
    s = Script("per-client counts and the clients rejected most", 2, 10)
    for t, client in enumerate(["a", "a", "a", "b", "a", "b", "b", "c"]):
        s.allow(client, t)
    s.stats("a")
    s.stats("b")
    s.stats("z")
    s.top_rejected(2)
    write(2, "sample", "01-stats", s)

    s = Script("equal rejection counts rank by client id", 1, 100)
    for client in ("d", "b", "c", "a"):
        s.allow(client, 1)
        s.allow(client, 2)
    s.allow("c", 3)
    s.top_rejected(4)
    s.top_rejected(2)
    write(2, "secret", "01-ties-by-id", s)

    s = Script("clients that were never rejected rank too", 5, 10)
    s.allow("quiet", 1)
    s.allow("loud", 1)
    s.top_rejected(2)
    for t in range(2, 9):
        s.allow("loud", t)
    s.top_rejected(3)
    s.top_rejected(1)
    write(2, "secret", "02-clean-clients", s)

    s = Script("no requests yet", 1, 1)
    s.top_rejected(3)
    s.stats("a")
    s.remaining("a", 0)
    s.top_rejected(3)
    write(2, "secret", "03-empty", s)

    s = Script("counts accumulate across windows", 2, 10)
    for t in range(0, 60, 2):
        s.allow("c", t)
    s.stats("c")
    s.top_rejected(1)
    write(2, "secret", "04-across-windows", s)

    for index, (size, limit, window, clients) in enumerate(
        [(150, 2, 5, 3), (600, 3, 10, 5), (1200, 4, 15, 30)], start=5
    ):
        rng = random.Random(200 + index)
        s = Script(f"{size} random calls of levels 1-2, {limit} per {window}", limit, window)
        random_ops(s, rng, size, level=2, clients=clients)
        write(2, "secret", f"{index:02d}-random-{size}", s)


# Level 3: sliding windows and token buckets --------------------------------------------------------


def level_3() -> None:
    s = Script("a sliding window counts the requests of the last 10 time units", 3, 10, "sliding_window")
    s.allow("c", 1)
    s.allow("c", 8)
    s.allow("c", 9)
    s.allow("c", 10)
    s.remaining("c", 10)
    s.allow("c", 12)
    s.allow("c", 19)
    s.remaining("c", 20)
    write(3, "sample", "01-sliding-window", s)

    s = Script("a token bucket allows a burst, then refills at 2 tokens per 10 time units", 2, 10, "token_bucket")
    s.allow("c", 0)
    s.allow("c", 0)
    s.allow("c", 0)
    s.remaining("c", 5)
    s.allow("c", 5)
    s.allow("c", 6)
    s.remaining("c", 100)
    write(3, "sample", "02-token-bucket", s)

    s = Script("sliding window: a request exactly `window` old no longer counts", 2, 10, "sliding_window")
    s.allow("c", 0)
    s.allow("c", 5)
    s.allow("c", 9)
    s.allow("c", 10)
    s.allow("c", 14)
    s.allow("c", 15)
    s.remaining("c", 20)
    s.remaining("c", 25)
    write(3, "secret", "01-sliding-boundary", s)

    s = Script("a burst across a fixed-window boundary passes; a sliding window stops it", 3, 10)
    for t in (8, 9, 9, 10, 10, 11):
        s.allow("fixed", t)
    write(3, "secret", "02-fixed-burst", s)
    s = Script("a burst across a fixed-window boundary passes; a sliding window stops it", 3, 10, "sliding_window")
    for t in (8, 9, 9, 10, 10, 11, 18, 19, 20):
        s.allow("sliding", t)
    write(3, "secret", "03-sliding-burst", s)

    s = Script("sliding window: rejected requests are not remembered", 2, 10, "sliding_window")
    s.allow("c", 0)
    s.allow("c", 1)
    for t in range(2, 10):
        s.allow("c", t)
    s.allow("c", 10)
    s.allow("c", 11)
    s.allow("c", 12)
    s.stats("c")
    write(3, "secret", "04-sliding-rejections", s)

    s = Script("token bucket: fractions of a token accumulate across calls", 3, 10, "token_bucket")
    s.allow("c", 0)
    s.allow("c", 0)
    s.allow("c", 0)
    for t in range(1, 14):
        s.remaining("c", t)
        s.allow("c", t)
    s.stats("c")
    write(3, "secret", "05-token-fractions", s)

    s = Script("token bucket: a long idle period fills the bucket only up to the limit", 4, 8, "token_bucket")
    for _ in range(4):
        s.allow("c", 0)
    s.remaining("c", 1000)
    for _ in range(5):
        s.allow("c", 1000)
    s.remaining("c", 1001)
    s.remaining("c", 1002)
    write(3, "secret", "06-token-capacity", s)

    s = Script("token bucket: a slow refill of 1 token per 7 time units", 1, 7, "token_bucket")
    s.allow("c", 0)
    s.allow("c", 6)
    s.allow("c", 7)
    s.allow("c", 13)
    s.allow("c", 14)
    s.remaining("c", 20)
    s.remaining("c", 21)
    write(3, "secret", "07-token-slow", s)

    s = Script('naming "fixed_window" explicitly keeps the level 1 behaviour', 2, 10, "fixed_window")
    for t in (1, 2, 3, 10):
        s.allow("c", t)
    s.remaining("c", 11)
    write(3, "secret", "08-explicit-fixed", s)

    for index, algorithm in enumerate(ALGORITHMS * 2, start=9):
        size = 300 if index < 12 else 1000
        rng = random.Random(300 + index)
        limit, window = rng.choice([(2, 5), (3, 10), (5, 7)]) if size == 300 else (2, 10)
        s = Script(f"{size} random calls, {algorithm}, {limit} per {window}", limit, window, algorithm)
        random_ops(s, rng, size, level=3, clients=4 if size == 300 else 6)
        write(3, "secret", f"{index:02d}-random-{algorithm.replace('_', '-')}-{size}", s)


# Level 4: tenant quotas ------------------------------------------------------------------------


def level_4() -> None:
    s = Script("a tenant quota caps all of its clients together", 3, 10)
    s.add_tenant("acme", 4)
    s.assign_client("alice", "acme")
    s.assign_client("bob", "acme")
    s.allow("alice", 1)
    s.allow("alice", 2)
    s.allow("bob", 3)
    s.allow("bob", 4)
    s.allow("bob", 5)
    s.allow("carol", 5)
    s.remaining("alice", 6)
    s.tenant_remaining("acme", 6)
    s.allow("alice", 10)
    write(4, "sample", "01-tenant-quota", s)

    s = Script("a request the tenant refuses uses none of the client's own quota", 2, 10)
    s.add_tenant("t", 1)
    s.assign_client("a", "t")
    s.assign_client("b", "t")
    s.allow("b", 1)
    s.allow("a", 2)
    s.allow("a", 3)
    s.remaining("a", 4)
    s.stats("a")
    s.add_tenant("roomy", 10)
    s.assign_client("a", "roomy")
    s.allow("a", 5)
    s.allow("a", 6)
    s.allow("a", 7)
    s.tenant_remaining("t", 8)
    s.tenant_remaining("roomy", 8)
    write(4, "secret", "01-tenant-rejection-consumes-nothing", s)

    s = Script("a request the client limit refuses uses none of the tenant's quota", 1, 10)
    s.add_tenant("t", 5)
    s.assign_client("a", "t")
    s.allow("a", 1)
    for t in range(2, 6):
        s.allow("a", t)
    s.tenant_remaining("t", 6)
    write(4, "secret", "02-client-rejection-consumes-nothing", s)

    s = Script("remaining is the smaller of the client's and the tenant's", 5, 10)
    s.add_tenant("t", 3)
    s.remaining("a", 0)
    s.assign_client("a", "t")
    s.remaining("a", 0)
    s.allow("b", 1)
    s.assign_client("b", "t")
    s.remaining("b", 1)
    s.allow("a", 2)
    s.allow("a", 3)
    s.remaining("a", 4)
    s.remaining("b", 4)
    s.tenant_remaining("t", 4)
    write(4, "secret", "03-remaining-is-the-minimum", s)

    s = Script("tenants that do not exist, and duplicate tenants", 2, 10)
    s.add_tenant("t", 1)
    s.add_tenant("t", 100)
    s.tenant_remaining("t", 0)
    s.tenant_remaining("u", 0)
    s.assign_client("a", "u")
    s.allow("a", 1)
    s.allow("a", 2)
    s.allow("a", 3)
    write(4, "secret", "04-unknown-and-duplicate-tenants", s)

    s = Script("moving a client to another tenant", 10, 10)
    s.add_tenant("t1", 2)
    s.add_tenant("t2", 3)
    s.assign_client("a", "t1")
    s.allow("a", 1)
    s.allow("a", 2)
    s.allow("a", 3)
    s.assign_client("a", "t2")
    s.allow("a", 4)
    s.tenant_remaining("t1", 5)
    s.tenant_remaining("t2", 5)
    s.remaining("a", 5)
    write(4, "secret", "05-reassign", s)

    s = Script("tenant quotas with sliding windows", 3, 10, "sliding_window")
    s.add_tenant("t", 3)
    for client in ("a", "b"):
        s.assign_client(client, "t")
    for t, client in ((0, "a"), (4, "b"), (8, "a"), (9, "b"), (10, "b"), (13, "a"), (14, "a"), (15, "b")):
        s.allow(client, t)
    s.tenant_remaining("t", 18)
    s.tenant_remaining("t", 19)
    write(4, "secret", "06-sliding-tenant", s)

    s = Script("tenant quotas with token buckets", 4, 10, "token_bucket")
    s.add_tenant("t", 2)
    s.assign_client("a", "t")
    s.assign_client("b", "t")
    s.allow("a", 0)
    s.allow("b", 0)
    s.allow("a", 0)
    s.tenant_remaining("t", 4)
    s.tenant_remaining("t", 5)
    s.allow("b", 5)
    s.allow("a", 5)
    s.remaining("a", 5)
    write(4, "secret", "07-token-tenant", s)

    for index, algorithm in enumerate(ALGORITHMS * 2, start=8):
        size = 300 if index < 11 else 800
        rng = random.Random(400 + index)
        limit, window = rng.choice([(3, 5), (4, 10), (6, 7)])
        s = Script(f"{size} random calls with tenants, {algorithm}", limit, window, algorithm)
        random_ops(s, rng, size, level=4, clients=5 if size == 300 else 20)
        write(4, "secret", f"{index:02d}-random-{algorithm.replace('_', '-')}-{size}", s)


# Random scripts ------------------------------------------------------------------------------------


def random_ops(s: Script, rng: random.Random, size: int, level: int, clients: int) -> None:
    """Append `size` random calls of the methods of levels 1..`level`, at non-decreasing times."""
    names = [f"c{i}" for i in range(clients)]
    tenants = [f"t{i}" for i in range(max(1, clients // 4))]
    if level >= 4:
        for tenant in tenants:
            s.add_tenant(tenant, rng.randint(2, 8))
        for name in names:
            if rng.random() < 0.7:
                s.assign_client(name, rng.choice(tenants))
    t = 0
    for _ in range(size):
        t += rng.choice([0] * (clients // 2 + 2) + [1, 2, 3])  # busier with more clients
        name = rng.choice(names[: max(1, len(names) // 3)]) if rng.random() < 0.5 else rng.choice(names)
        ops = ["allow"] * 6 + ["remaining"]
        if level >= 2:
            ops += ["stats", "top"]
        if level >= 4:
            ops += ["tenant_remaining", "assign"]
        op = rng.choice(ops)
        if op == "allow":
            s.allow(name, t)
        elif op == "remaining":
            s.remaining(name, t)
        elif op == "stats":
            s.stats(name)
        elif op == "top":
            s.top_rejected(rng.randint(1, 4))
        elif op == "tenant_remaining":
            s.tenant_remaining(rng.choice(tenants + ["nope"]), t)
        elif op == "assign":
            if rng.random() < 0.2:
                s.assign_client(name, rng.choice(tenants))
    if level >= 2:
        s.top_rejected(clients)


def main() -> None:
    clean()
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
