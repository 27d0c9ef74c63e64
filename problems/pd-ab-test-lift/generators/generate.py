"""Generate the tests of pd-ab-test-lift from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Expected values come from the
reference solution; the script then checks that each wrong solution in submissions/wrong_answer
gets the test named after its mistake wrong.
"""
import random
from datetime import datetime, timedelta

import pandas as pd

from frames import Tests

START = datetime(2024, 6, 1)


def assignments(rows):
    """rows: (user_id, variant, assigned_at)."""
    return pd.DataFrame({
        "user_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "variant": pd.Series([r[1] for r in rows], dtype="object"),
        "assigned_at": pd.to_datetime(pd.Series([r[2] for r in rows], dtype="object")),
    })


def events(rows, rng=None):
    """rows: (user_id, ts, event)."""
    rows = list(rows)
    if rng is not None:
        rng.shuffle(rows)
    return pd.DataFrame({
        "user_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "ts": pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object")),
        "event": pd.Series([r[2] for r in rows], dtype="object"),
    })


def experiment(rng, n, rates, first_id=1, silent=0.0, repeat=0.0, early=0.0, outsiders=0):
    """n users split over rates' variants; each converts with its variant's rate. silent: share
    of users without any event; repeat: chance a converter buys again; early: chance of a
    purchase before assignment; outsiders: events of users outside the experiment."""
    variants = list(rates)
    assigned, log = [], []
    for uid in range(first_id, first_id + n):
        variant = variants[uid % len(variants)]
        at = START + timedelta(minutes=rng.randint(0, 7 * 24 * 60))
        assigned.append((uid, variant, at))
        if rng.random() < early:
            log.append((uid, at - timedelta(minutes=rng.randint(1, 3000)), "purchase"))
        if rng.random() < silent:
            continue
        log.append((uid, at + timedelta(minutes=rng.randint(0, 600)), "view"))
        if rng.random() < 0.5:
            log.append((uid, at + timedelta(minutes=rng.randint(0, 900)), "add_to_cart"))
        if rng.random() < rates[variant]:
            log.append((uid, at + timedelta(minutes=rng.randint(0, 1440)), "purchase"))
            while rng.random() < repeat:
                log.append((uid, at + timedelta(minutes=rng.randint(0, 5000)), "purchase"))
    for k in range(outsiders):
        log.append((900000 + k, START + timedelta(minutes=rng.randint(0, 9000)), "purchase"))
    return assignments(assigned), events(log, rng)


def main():
    rng = random.Random(2024)
    tests = Tests("submissions/accepted/ab_summary.py")
    day = lambda d, h=12: START + timedelta(days=d, hours=h)  # noqa: E731
    sample_a = assignments([(1, "control", day(0)), (2, "control", day(0)), (3, "control", day(0)),
                            (4, "control", day(0)), (5, "treatment", day(0)),
                            (6, "treatment", day(0)), (7, "treatment", day(0)),
                            (8, "treatment", day(0))])
    sample_e = events([(1, day(1), "view"), (1, day(1, 13), "purchase"), (2, day(1), "view"),
                       (3, day(2), "view"), (4, day(2), "view"), (5, day(1), "view"),
                       (5, day(2), "purchase"), (6, day(1), "view"), (6, day(1, 14), "purchase"),
                       (7, day(3), "view"), (8, day(3), "add_to_cart")])
    tests.add("sample/1-two-variants", "four users per variant, one purchase per converter", [
        tests.call("ab_summary", [sample_a, sample_e]),
    ])
    a, e = experiment(rng, 600, {"control": 0.2, "treatment-b": 0.25, "treatment-c": 0.15},
                      repeat=0.2, silent=0.1, early=0.05, outsiders=20)
    tests.add("secret/01-three-variants", "control and two treatments, 600 users", [
        tests.call("ab_summary", [a, e]),
    ])
    a, e = experiment(rng, 300, {"control": 0.3, "treatment": 0.4}, repeat=0.7)
    tests.add("secret/02-repeat-purchasers", "converters often buy more than once", [
        tests.call("ab_summary", [a, e]),
    ])
    a, e = experiment(rng, 300, {"control": 0.3, "treatment": 0.35}, silent=0.5)
    tests.add("secret/03-users-without-events", "half the assigned users never come back", [
        tests.call("ab_summary", [a, e]),
    ])
    a, e = experiment(rng, 300, {"control": 0.2, "treatment": 0.3}, early=0.3)
    tests.add("secret/04-purchases-before-assignment", "many users bought before entering the experiment", [
        tests.call("ab_summary", [a, e]),
    ])
    a, e = experiment(rng, 80, {"control": 0.0, "treatment": 0.3})
    tests.add("secret/05-control-never-converts", "control's rate is 0: every lift is NaN", [
        tests.call("ab_summary", [a, e]),
    ])
    a, e = experiment(rng, 4000, {"control": 0.1, "treatment": 0.12}, repeat=0.1, silent=0.2,
                      early=0.02, outsiders=100)
    tests.add("secret/06-four-thousand-users", "4000 users, about 9000 events", [
        tests.call("ab_summary", [a, e]),
    ])
    tests.check_caught("submissions/wrong_answer/counts_purchases.py", "secret/02-repeat-purchasers")
    tests.check_caught("submissions/wrong_answer/active_users_denominator.py", "secret/03-users-without-events")
    tests.check_caught("submissions/wrong_answer/ignores_assignment_time.py", "secret/04-purchases-before-assignment")
    tests.check_caught("submissions/wrong_answer/lift_as_difference.py", "secret/01-three-variants")
    tests.write()


if __name__ == "__main__":
    main()
