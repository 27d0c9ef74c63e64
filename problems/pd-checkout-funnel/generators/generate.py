"""Generate the tests of pd-checkout-funnel from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Expected values come from the
reference solution; the script then checks that each wrong solution in submissions/wrong_answer
gets the test named after its mistake wrong.
"""
import random
from datetime import datetime, timedelta

import pandas as pd

from frames import Tests

START = datetime(2024, 7, 1, 8, 0)
STEPS = ["view_product", "add_to_cart", "checkout", "purchase"]
NOISE = ["scroll", "login", "search", "help"]


def log(rows, rng=None):
    """rows: (user_id, ts, event)."""
    rows = list(rows)
    if rng is not None:
        rng.shuffle(rows)
    return pd.DataFrame({
        "user_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "ts": pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object")),
        "event": pd.Series([r[2] for r in rows], dtype="object"),
    })


def journeys(rng, n, steps=STEPS, first_id=1, keep=0.7, skip=0.0, swap=0.0, repeat=0.0, noise=0.0):
    """n users walking the funnel: each continues to the next step with probability keep.
    skip: start past step 1 (a deep link); swap: two consecutive steps in the wrong order;
    repeat: a step done again after the next one; noise: events outside the funnel."""
    rows = []
    for uid in range(first_id, first_id + n):
        t = START + timedelta(minutes=rng.randint(0, 600))
        walked = [steps[0]]
        while len(walked) < len(steps) and rng.random() < keep:
            walked.append(steps[len(walked)])
        if rng.random() < skip and len(walked) > 1:
            walked = walked[rng.randint(1, len(walked) - 1):]
        if rng.random() < swap and len(walked) > 1:
            i = rng.randrange(len(walked) - 1)
            walked[i], walked[i + 1] = walked[i + 1], walked[i]
        if rng.random() < repeat and len(walked) > 1:
            i = rng.randrange(len(walked) - 1)
            walked.insert(i + 2, walked[i])
        for event in walked:
            t += timedelta(seconds=rng.randint(1, 900))
            rows.append((uid, t, event))
            if rng.random() < noise:
                rows.append((uid, t + timedelta(seconds=rng.randint(0, 60)), rng.choice(NOISE)))
    return rows


def main():
    rng = random.Random(4)
    tests = Tests("submissions/accepted/funnel.py")
    at = lambda mi: START + timedelta(minutes=mi)  # noqa: E731
    sample = [(1, at(0), "view_product"), (1, at(3), "add_to_cart"), (1, at(9), "purchase"),
              (2, at(5), "view_product"), (2, at(8), "add_to_cart"), (3, at(20), "view_product"),
              (4, at(30), "view_product")]
    tests.add("sample/1-three-steps", "four users walking the funnel in order", [
        tests.call("funnel", [log(sample), ["view_product", "add_to_cart", "purchase"]], ordered=True),
    ])
    tests.add("secret/01-skipped-steps", "a quarter of the users arrive by deep link past step 1", [
        tests.call("funnel", [log(journeys(rng, 300, skip=0.25), rng), STEPS], ordered=True),
    ])
    tests.add("secret/02-steps-out-of-order", "some users do two steps in the wrong order", [
        tests.call("funnel", [log(journeys(rng, 300, swap=0.3), rng), STEPS], ordered=True),
    ])
    tests.add("secret/03-repeated-steps", "users repeat a step after doing the next one", [
        tests.call("funnel", [log(journeys(rng, 300, keep=0.85, repeat=0.4), rng), STEPS], ordered=True),
    ])
    tests.add("secret/04-events-outside-the-funnel", "logins, scrolls and searches in between; a two-step funnel", [
        tests.call("funnel", [log(journeys(rng, 200, noise=0.5), rng), STEPS], ordered=True),
        tests.call("funnel", [log(journeys(rng, 200, noise=0.5), rng), ["add_to_cart", "purchase"]], ordered=True),
    ])
    nobody = [(u, at(u), "view_product") for u in range(1, 6)] + [(9, at(1), "add_to_cart")]
    tests.add("secret/05-nobody-finishes", "later steps have no users; a funnel whose first step has none", [
        tests.call("funnel", [log(nobody, rng), ["view_product", "add_to_cart", "purchase"]], ordered=True),
        tests.call("funnel", [log(nobody, rng), ["purchase", "view_product"]], ordered=True),
        tests.call("funnel", [log(nobody, rng), ["view_product"]], ordered=True),
    ])
    tests.add("secret/06-four-thousand-users", "4000 users with every kind of path", [
        tests.call("funnel", [log(journeys(rng, 4000, skip=0.1, swap=0.1, repeat=0.1, noise=0.1), rng), STEPS],
                   ordered=True),
    ])
    tests.check_caught("submissions/wrong_answer/steps_counted_alone.py", "secret/01-skipped-steps")
    tests.check_caught("submissions/wrong_answer/ignores_event_order.py", "secret/02-steps-out-of-order")
    tests.check_caught("submissions/wrong_answer/latest_event_per_step.py", "secret/03-repeated-steps")
    tests.write()


if __name__ == "__main__":
    main()
