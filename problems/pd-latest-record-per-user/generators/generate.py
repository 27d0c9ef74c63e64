"""Generate the tests of pd-latest-record-per-user from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Expected values come from the
reference solution; the script then checks that each wrong solution in submissions/wrong_answer
gets the test named after its mistake wrong.
"""
import random
from datetime import datetime, timedelta

import pandas as pd

from frames import Tests

START = datetime(2024, 1, 1)
PLANS = ["free", "pro", "team"]


def log(rows, rng=None):
    """rows: (user_id, op, email, plan, updated_at); event ids follow the rows' order."""
    rows = [(i + 1,) + r for i, r in enumerate(rows)]
    if rng is not None:
        rng.shuffle(rows)
    col = lambda k: [r[k] for r in rows]  # noqa: E731
    return pd.DataFrame({
        "event_id": pd.Series(col(0), dtype="int64"),
        "user_id": pd.Series(col(1), dtype="int64"),
        "op": pd.Series(col(2), dtype="object"),
        "email": pd.Series(col(3), dtype="object"),
        "plan": pd.Series(col(4), dtype="object"),
        "updated_at": pd.to_datetime(pd.Series(col(5), dtype="object")),
    })


def history(rng, users, changes, delete_rate=0.0, tie_rate=0.0, late_rate=0.3):
    """Changes in publishing order. late_rate: a change published after a later one (its
    updated_at is earlier); tie_rate: a change with the same updated_at as the user's previous."""
    last = {}
    rows = []
    for _ in range(changes):
        user = rng.choice(users)
        previous = last.get(user, START + timedelta(minutes=rng.randint(0, 1000)))
        r = rng.random()
        if r < tie_rate:
            at = previous
        elif r < tie_rate + late_rate:
            at = previous - timedelta(minutes=rng.randint(1, 3000))
        else:
            at = previous + timedelta(minutes=rng.randint(1, 3000))
        last[user] = max(previous, at)
        if rng.random() < delete_rate:
            rows.append((user, "delete", None, None, at))
        else:
            email = None if rng.random() < 0.1 else "u%d.%d@example.com" % (user, rng.randint(1, 99))
            rows.append((user, "upsert", email, rng.choice(PLANS), at))
    return rows


def main():
    rng = random.Random(77)
    tests = Tests("submissions/accepted/latest_records.py")
    t = lambda d, h: START + timedelta(days=d, hours=h)  # noqa: E731
    sample = [(1, "upsert", "ada@x.io", "free", t(0, 9)), (2, "upsert", "alan@x.io", "pro", t(0, 10)),
              (1, "upsert", "ada@y.io", "pro", t(1, 9)), (3, "upsert", None, "free", t(1, 11)),
              (2, "upsert", "alan@y.io", "team", t(2, 8))]
    tests.add("sample/1-in-time-order", "three users, the log in time order, no deletes", [
        tests.call("latest_records", [log(sample)]),
    ])
    users = list(range(100, 160))
    tests.add("secret/01-log-out-of-order", "changes published out of time order, then shuffled", [
        tests.call("latest_records", [log(history(rng, users, 400), rng)]),
    ])
    tests.add("secret/02-updates-in-time-order", "a log in time order with many changes per user", [
        tests.call("latest_records", [log(history(rng, users, 300, late_rate=0.0))]),
    ])
    ties = [(5, "upsert", "e@1.io", "free", t(3, 12)), (5, "upsert", "e@2.io", "pro", t(3, 12)),
            (6, "upsert", "f@1.io", "team", t(3, 12)), (6, "delete", None, None, t(3, 12)),
            (7, "delete", None, None, t(4, 1)), (7, "upsert", "g@1.io", "pro", t(4, 1))]
    tests.add("secret/03-same-updated-at", "ties on updated_at broken by the larger event_id", [
        tests.call("latest_records", [log(ties, random.Random(3))]),
        tests.call("latest_records", [log(history(rng, users, 400, tie_rate=0.4), rng)]),
    ])
    deletes = [(8, "upsert", "h@1.io", "pro", t(1, 1)), (8, "delete", None, None, t(2, 1)),
               (9, "upsert", "i@1.io", "free", t(1, 1)), (9, "delete", None, None, t(2, 1)),
               (9, "upsert", "i@2.io", "team", t(3, 1)), (10, "delete", None, None, t(1, 5)),
               (10, "upsert", "j@1.io", "free", t(1, 4))]
    tests.add("secret/04-deleted-users", "deletes, re-creations and a delete published before an older upsert", [
        tests.call("latest_records", [log(deletes, random.Random(4))]),
        tests.call("latest_records", [log(history(rng, users, 400, delete_rate=0.25), rng)]),
    ])
    tests.add("secret/05-missing-emails", "upserts without an email stay users, with None", [
        tests.call("latest_records", [log([(11, "upsert", None, "free", t(0, 1)),
                                           (12, "upsert", "l@1.io", "pro", t(0, 1)),
                                           (12, "upsert", None, "pro", t(0, 2))])]),
    ])
    many = list(range(1000, 2200))
    tests.add("secret/06-six-thousand-changes", "1200 users, 6000 changes, shuffled", [
        tests.call("latest_records", [log(history(rng, many, 6000, delete_rate=0.1, tie_rate=0.05), rng)]),
    ])
    tests.check_caught("submissions/wrong_answer/log_order_is_time_order.py", "secret/01-log-out-of-order")
    tests.check_caught("submissions/wrong_answer/ties_by_log_order.py", "secret/03-same-updated-at")
    tests.check_caught("submissions/wrong_answer/filters_deletes_first.py", "secret/04-deleted-users")
    tests.write()


if __name__ == "__main__":
    main()
