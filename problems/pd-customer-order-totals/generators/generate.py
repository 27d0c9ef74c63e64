"""Generate the tests of pd-customer-order-totals from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Expected values come from the
reference solution; the script then checks that each wrong solution in submissions/wrong_answer
gets the test named after its mistake wrong.
"""
import random

import pandas as pd

from frames import Tests

NAMES = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Leslie",
         "Margaret", "John", "Shafi", "Tim", "Lynn", "Niklaus", "Hedy", "Dennis", "Sophie", "Yann"]


def customers(ids):
    return pd.DataFrame({"customer_id": pd.Series(ids, dtype="int64"),
                         "name": pd.Series([NAMES[i % len(NAMES)] + " " + str(i) for i in ids],
                                           dtype="object")})


def orders(rows):
    return pd.DataFrame({
        "order_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "customer_id": pd.Series([r[1] for r in rows], dtype="int64"),
        "amount": pd.Series([r[2] for r in rows], dtype="float64"),
        "status": pd.Series([r[3] for r in rows], dtype="object"),
    })


def random_orders(rng, customer_ids, n, refund_rate=0.2, first_id=1000):
    rows = []
    for k in range(n):
        rows.append((first_id + k, rng.choice(customer_ids), round(rng.uniform(1, 300), 2),
                     "refunded" if rng.random() < refund_rate else "paid"))
    return orders(rows)


def main():
    rng = random.Random(16)
    tests = Tests("submissions/accepted/order_totals.py")
    tests.add("sample/1-every-customer-paid", "three customers, each with at least one paid order", [
        tests.call("order_totals", [
            customers([1, 2, 3]),
            orders([(10, 1, 20.0, "paid"), (11, 1, 5.5, "paid"), (12, 2, 8.0, "paid"),
                    (13, 3, 12.25, "paid"), (14, 3, 3.0, "refunded")])]),
    ])
    ids = list(range(1, 41))
    tests.add("secret/01-mixed", "forty customers, some orders refunded", [
        tests.call("order_totals", [customers(ids), random_orders(rng, ids, 150)]),
    ])
    with_orders = ids[::2]
    tests.add("secret/02-customers-without-orders", "half the customers never ordered", [
        tests.call("order_totals", [customers(ids), random_orders(rng, with_orders, 80, 0.0)]),
    ])
    refunded = orders([(1, 1, 10.0, "paid"), (2, 2, 15.0, "refunded"), (3, 2, 4.0, "refunded"),
                       (4, 3, 7.5, "paid"), (5, 3, 1.0, "refunded"), (6, 4, 9.0, "refunded")])
    tests.add("secret/03-only-refunded-orders", "customers 2 and 4 only have refunded orders", [
        tests.call("order_totals", [customers([1, 2, 3, 4]), refunded]),
        tests.call("order_totals", [customers(ids), random_orders(rng, ids, 60, 0.7)]),
    ])
    strangers = random_orders(rng, ids + [901, 902, 903], 120, 0.1)
    tests.add("secret/04-orders-of-unknown-customers", "orders of deleted accounts 901-903", [
        tests.call("order_totals", [customers(ids), strangers]),
    ])
    tests.add("secret/05-no-orders-at-all", "an empty orders table", [
        tests.call("order_totals", [customers([5, 6, 7]), orders([])]),
    ])
    many = list(range(1, 2001))
    tests.add("secret/06-two-thousand-customers", "2000 customers, 12000 orders", [
        tests.call("order_totals", [customers(many), random_orders(rng, many[:1700], 12000)]),
    ])
    tests.check_caught("submissions/wrong_answer/inner_join.py", "secret/02-customers-without-orders")
    tests.check_caught("submissions/wrong_answer/filter_after_merge.py", "secret/03-only-refunded-orders")
    tests.check_caught("submissions/wrong_answer/outer_join.py", "secret/04-orders-of-unknown-customers")
    tests.check_caught("submissions/wrong_answer/nan_for_no_orders.py", "secret/02-customers-without-orders")
    tests.write()


if __name__ == "__main__":
    main()
