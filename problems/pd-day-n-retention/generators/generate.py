"""Generate the tests of pd-day-n-retention from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Expected values come from the
reference solution; the script then checks that each wrong solution in submissions/wrong_answer
gets the test named after its mistake wrong.
"""
import random
from datetime import datetime, timedelta

import pandas as pd

from frames import Tests

START = datetime(2024, 3, 1)


def signups(rows):
    """rows: (user_id, signed_up_at)."""
    return pd.DataFrame({"user_id": pd.Series([r[0] for r in rows], dtype="int64"),
                         "signed_up_at": pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object"))})


def activity(rows, rng=None):
    """rows: (user_id, ts)."""
    rows = list(rows)
    if rng is not None:
        rng.shuffle(rows)
    return pd.DataFrame({"user_id": pd.Series([r[0] for r in rows], dtype="int64"),
                         "ts": pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object"))})


def cohorts(rng, n, first_id=1, cohort_days=7, late=0.0, silent=0.0, per_day=(1, 1),
            active_days=3, outsiders=0):
    """n users over cohort_days signup days. late: share signing up in the last hour of the day
    and returning in the first hours; silent: share never returning; per_day: events per active
    day; active_days: how many days (of days 1-14) an active user comes back."""
    users, events = [], []
    for uid in range(first_id, first_id + n):
        date = START + timedelta(days=rng.randrange(cohort_days))
        is_late = rng.random() < late
        at = date + (timedelta(hours=23, minutes=rng.randint(0, 59)) if is_late
                     else timedelta(minutes=rng.randint(6 * 60, 22 * 60)))
        users.append((uid, at))
        is_silent = rng.random() < silent
        if not is_silent or rng.random() < 0.5:
            events.append((uid, at + timedelta(minutes=1)))  # the signup session, day 0
        if is_silent:
            continue
        for day in rng.sample(range(1, 15), active_days):
            for _ in range(rng.randint(*per_day)):
                hour = timedelta(minutes=rng.randint(0, 120)) if is_late else \
                    timedelta(minutes=rng.randint(0, 24 * 60 - 1))
                events.append((uid, date + timedelta(days=day) + hour))
    for k in range(outsiders):
        events.append((800000 + k, START + timedelta(minutes=rng.randint(0, 20000))))
    return signups(users), activity(events, rng)


def main():
    rng = random.Random(7)
    tests = Tests("submissions/accepted/retention.py")
    at = lambda d, h: START + timedelta(days=d, hours=h)  # noqa: E731
    sample_s = signups([(1, at(0, 9)), (2, at(0, 10)), (3, at(1, 12)), (4, at(1, 8))])
    sample_a = activity([(1, at(1, 11)), (2, at(1, 15)), (2, at(7, 12)), (3, at(2, 18)),
                         (4, at(8, 9)), (4, at(3, 10))])
    tests.add("sample/1-two-cohorts", "two cohorts, one event per active day, returns at daytime", [
        tests.call("retention", [sample_s, sample_a, [1, 7]]),
    ])
    s, a = cohorts(rng, 200, late=0.5)
    tests.add("secret/01-late-night-signups", "half the users sign up just before midnight", [
        tests.call("retention", [s, a, [1, 2, 7]]),
    ])
    s, a = cohorts(rng, 200, silent=0.5, cohort_days=10)
    lone = signups([(9001, at(20, 10)), (9002, at(20, 11))])
    tests.add("secret/02-users-never-active", "half the users never come back; a cohort nobody returns from", [
        tests.call("retention", [s, a, [1, 7]]),
        tests.call("retention", [lone, activity([(9001, at(20, 10))]), [1]]),
    ])
    s, a = cohorts(rng, 150, per_day=(1, 4))
    tests.add("secret/03-several-events-a-day", "active users have up to four events a day", [
        tests.call("retention", [s, a, [1, 3, 7, 14]]),
    ])
    s, a = cohorts(rng, 150, active_days=10, outsiders=30)
    tests.add("secret/04-active-on-many-days", "users back on ten of fourteen days; events of unknown users", [
        tests.call("retention", [s, a, [7, 1, 14]]),
    ])
    s, a = cohorts(rng, 3000, cohort_days=30, late=0.05, silent=0.3, per_day=(1, 2), active_days=2)
    tests.add("secret/05-three-thousand-users", "3000 users over 30 cohorts", [
        tests.call("retention", [s, a, [1, 7, 14]]),
    ])
    tests.check_caught("submissions/wrong_answer/elapsed_hours.py", "secret/01-late-night-signups")
    tests.check_caught("submissions/wrong_answer/active_users_cohort.py", "secret/02-users-never-active")
    tests.check_caught("submissions/wrong_answer/counts_events.py", "secret/03-several-events-a-day")
    tests.write()


if __name__ == "__main__":
    main()
