"""Generate the tests of pd-sessionize-clicks from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Expected values come from the
reference solution; the script then checks that each wrong solution in submissions/wrong_answer
gets the test named after its mistake wrong.
"""
import random
from datetime import datetime, timedelta

import pandas as pd

from frames import Tests

PAGES = ["home", "search", "product", "cart", "checkout", "help"]
DAY = datetime(2024, 5, 1, 8, 0, 0)


def log(rows, shuffle=None):
    """rows: (user_id, datetime, page)."""
    rows = list(rows)
    if shuffle is not None:
        shuffle.shuffle(rows)
    return pd.DataFrame({
        "user_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "ts": pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object")),
        "page": pd.Series([r[2] for r in rows], dtype="object"),
    })


def clicks(rng, user, start, n, exact_rate=0.0, repeat_rate=0.0):
    """One user's clicks: short pauses mostly, long ones sometimes, exactly 30 minutes at exact_rate."""
    t = start
    out = []
    for _ in range(n):
        out.append((user, t, rng.choice(PAGES)))
        r = rng.random()
        if r < exact_rate:
            t += timedelta(minutes=30)
        elif r < exact_rate + repeat_rate:
            pass  # the same timestamp again
        elif r < 0.75:
            t += timedelta(seconds=rng.randint(5, 29 * 60))
        else:
            t += timedelta(seconds=rng.randint(31 * 60, 4 * 3600))
    return out


def main():
    rng = random.Random(30)
    tests = Tests("submissions/accepted/sessionize.py")
    m = lambda h, mi: DAY + timedelta(hours=h, minutes=mi)  # noqa: E731
    sample = [(1, m(1, 0), "home"), (1, m(1, 10), "search"), (1, m(2, 5), "product"),
              (2, m(4, 0), "home"), (2, m(4, 45), "cart"), (2, m(4, 50), "checkout")]
    tests.add("sample/1-two-users", "two users, clicks in time order, pauses of 10, 55, 45 and 5 minutes", [
        tests.call("sessionize", [log(sample)]),
    ])
    rows = []
    for user in range(1, 31):
        rows += clicks(rng, user, DAY + timedelta(minutes=rng.randint(0, 600)), rng.randint(1, 25))
    tests.add("secret/01-log-out-of-order", "thirty users' clicks, shuffled", [
        tests.call("sessionize", [log(rows, rng)]),
    ])
    rows = []
    for user in range(100, 120):
        rows += clicks(rng, user, DAY + timedelta(minutes=rng.randint(0, 90)), rng.randint(3, 15))
    rows.sort(key=lambda r: r[1])
    tests.add("secret/02-users-active-at-the-same-time", "twenty users whose clicks interleave in time; log in time order", [
        tests.call("sessionize", [log(rows)]),
    ])
    exact = [(5, m(0, 0), "home"), (5, m(0, 30), "search"), (5, m(1, 0), "cart"),
             (5, m(1, 30) + timedelta(seconds=1), "home"), (6, m(0, 0), "home"), (6, m(0, 30), "help")]
    rows = []
    for user in range(200, 215):
        rows += clicks(rng, user, DAY, rng.randint(4, 20), exact_rate=0.3)
    tests.add("secret/03-pause-of-exactly-thirty-minutes", "pauses of exactly 30 minutes continue a session", [
        tests.call("sessionize", [log(exact)]),
        tests.call("sessionize", [log(rows, rng)]),
    ])
    singles = [(u, DAY + timedelta(minutes=7 * u), "home") for u in range(300, 310)]
    tests.add("secret/04-one-click-users", "users with a single click: start equals end", [
        tests.call("sessionize", [log(singles, rng)]),
    ])
    rows = []
    for user in range(400, 410):
        rows += clicks(rng, user, DAY, rng.randint(5, 15), repeat_rate=0.4)
    tests.add("secret/05-repeated-timestamps", "several clicks at the same second", [
        tests.call("sessionize", [log(rows, rng)]),
    ])
    rows = []
    for user in range(1000, 1300):
        rows += clicks(rng, user, DAY + timedelta(minutes=rng.randint(0, 900)), rng.randint(1, 20),
                       exact_rate=0.05, repeat_rate=0.05)
    tests.add("secret/06-three-hundred-users", "about 3000 clicks of 300 users, shuffled", [
        tests.call("sessionize", [log(rows, rng)]),
    ])
    tests.check_caught("submissions/wrong_answer/unsorted_diff.py", "secret/01-log-out-of-order")
    tests.check_caught("submissions/wrong_answer/pause_across_users.py", "secret/02-users-active-at-the-same-time")
    tests.check_caught("submissions/wrong_answer/thirty_minutes_splits.py", "secret/03-pause-of-exactly-thirty-minutes")
    tests.write()


if __name__ == "__main__":
    main()
