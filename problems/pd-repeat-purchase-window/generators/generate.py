"""Generate the tests of pd-repeat-purchase-window from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Expected values come from the
reference solution; the script then checks that each wrong solution in submissions/wrong_answer
gets the test named after its mistake wrong.
"""
import random
from datetime import datetime, timedelta

import pandas as pd

from frames import Tests

START = datetime(2024, 1, 1)


def orders(rows, rng=None):
    """rows: (customer_id, ordered_at); order ids follow the rows' order."""
    rows = [(i + 1,) + r for i, r in enumerate(rows)]
    if rng is not None:
        rng.shuffle(rows)
    return pd.DataFrame({
        "order_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "customer_id": pd.Series([r[1] for r in rows], dtype="int64"),
        "ordered_at": pd.to_datetime(pd.Series([r[2] for r in rows], dtype="object")),
    })


def customers(rng, n, first_id=1, once=0.3, exact=0.0, same=0.0, most=6):
    """Order times of n customers in time order. once: share with a single order; exact: the
    second order exactly 30 days after the first; same: the second at the same moment."""
    rows = []
    for cid in range(first_id, first_id + n):
        t = START + timedelta(minutes=rng.randint(0, 60 * 24 * 90))
        rows.append((cid, t))
        if rng.random() < once:
            continue
        r = rng.random()
        if r < exact:
            t += timedelta(days=30)
        elif r < exact + same:
            pass
        else:
            t += timedelta(minutes=rng.randint(1, 60 * 24 * 70))
        rows.append((cid, t))
        for _ in range(rng.randint(0, most - 2)):
            t += timedelta(minutes=rng.randint(0, 60 * 24 * 40))
            rows.append((cid, t))
    return rows


def main():
    rng = random.Random(30)
    tests = Tests("submissions/accepted/repeat_buyers.py")
    at = lambda d, h=12: START + timedelta(days=d, hours=h)  # noqa: E731
    sample = [(1, at(0)), (1, at(3)), (1, at(50)), (2, at(1)), (2, at(45)), (3, at(2)), (3, at(12, 0))]
    tests.add("sample/1-three-customers", "each customer ordered at least twice; log in time order", [
        tests.call("repeat_buyers", [orders(sample)]),
    ])
    tests.add("secret/01-one-time-buyers", "half the customers ordered once", [
        tests.call("repeat_buyers", [orders(customers(rng, 120, once=0.5))]),
    ])
    tests.add("secret/02-orders-out-of-order", "the order log is shuffled", [
        tests.call("repeat_buyers", [orders(customers(rng, 120, once=0.1), rng)]),
    ])
    edge = [(50, at(0)), (50, at(30)), (51, at(0, 0)), (51, at(30, 0) + timedelta(seconds=1)),
            (52, at(5)), (52, at(35) - timedelta(seconds=1))]
    tests.add("secret/03-exactly-thirty-days", "second orders exactly 30 days (720 hours) after the first", [
        tests.call("repeat_buyers", [orders(edge, rng)]),
        tests.call("repeat_buyers", [orders(customers(rng, 100, exact=0.4), rng)]),
    ])
    tests.add("secret/04-orders-at-the-same-moment", "first and second order share a timestamp", [
        tests.call("repeat_buyers", [orders(customers(rng, 80, once=0.1, same=0.5), rng)]),
    ])
    tests.add("secret/05-ten-thousand-orders", "3000 customers, about 10000 orders", [
        tests.call("repeat_buyers", [orders(customers(rng, 3000, once=0.3, exact=0.02, same=0.02), rng)]),
    ])
    tests.check_caught("submissions/wrong_answer/next_row_of_another_customer.py", "secret/01-one-time-buyers")
    tests.check_caught("submissions/wrong_answer/first_two_rows_in_log_order.py", "secret/02-orders-out-of-order")
    tests.check_caught("submissions/wrong_answer/thirty_days_exclusive.py", "secret/03-exactly-thirty-days")
    tests.write()


if __name__ == "__main__":
    main()
