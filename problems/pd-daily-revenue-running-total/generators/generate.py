"""Generate the tests of pd-daily-revenue-running-total from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Amounts are whole cents.
Expected values come from the reference solution; the script then checks that each wrong
solution in submissions/wrong_answer gets the test named after its mistake wrong.
"""
import random
from datetime import datetime, timedelta

import pandas as pd

from frames import Tests

START = datetime(2024, 4, 1)


def sales(rows, rng=None):
    """rows: (store_id, ts, amount)."""
    rows = list(rows)
    if rng is not None:
        rng.shuffle(rows)
    return pd.DataFrame({
        "store_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "ts": pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object")),
        "amount": pd.Series([float(r[2]) for r in rows], dtype="float64"),
    })


def store(rng, store_id, first_day, days, open_rate=1.0, per_day=(1, 5)):
    """Sales of one store over `days` days from first_day; a day has sales with open_rate (the
    first and last day always do)."""
    rows = []
    for d in range(days):
        if 0 < d < days - 1 and rng.random() >= open_rate:
            continue
        for _ in range(rng.randint(*per_day)):
            at = START + timedelta(days=first_day + d, minutes=rng.randint(0, 24 * 60 - 1))
            rows.append((store_id, at, rng.randint(100, 20000) / 100))
    return rows


def main():
    rng = random.Random(365)
    tests = Tests("submissions/accepted/daily_revenue.py")
    tests.add("sample/1-one-store-ten-days", "one store with sales on each of ten days", [
        tests.call("daily_revenue", [sales(store(rng, 1, 0, 10, per_day=(1, 3)), rng)]),
    ])
    rows = store(rng, 10, 0, 20) + store(rng, 11, 5, 25) + store(rng, 12, 3, 12)
    tests.add("secret/01-stores-with-overlapping-dates", "three stores, every day with sales", [
        tests.call("daily_revenue", [sales(rows, rng)]),
    ])
    rows = store(rng, 20, 0, 40, open_rate=0.5) + store(rng, 21, 2, 30, open_rate=0.7)
    rows += [(22, START + timedelta(days=1, hours=9), 12.5), (22, START + timedelta(days=16, hours=9), 7.25)]
    tests.add("secret/02-days-without-sales", "closed days and a two-week gap count as zero", [
        tests.call("daily_revenue", [sales(rows, rng)]),
    ])
    rows = store(rng, 30, 0, 3) + store(rng, 31, 4, 6) + [(32, START + timedelta(days=2, hours=12), 99.99)]
    tests.add("secret/03-first-week", "stores open fewer than seven days: averages over fewer days", [
        tests.call("daily_revenue", [sales(rows, rng)]),
    ])
    rows = []
    for s in range(40, 44):
        rows += store(rng, s, rng.randint(0, 20), 345, open_rate=0.9, per_day=(1, 3))
    tests.add("secret/04-a-year-of-sales", "four stores, a year each, some closed days", [
        tests.call("daily_revenue", [sales(rows, rng)]),
    ])
    tests.check_caught("submissions/wrong_answer/skips_days_without_sales.py", "secret/02-days-without-sales")
    tests.check_caught("submissions/wrong_answer/running_total_across_stores.py", "secret/01-stores-with-overlapping-dates")
    tests.check_caught("submissions/wrong_answer/average_needs_seven_days.py", "secret/03-first-week")
    tests.write()


if __name__ == "__main__":
    main()
