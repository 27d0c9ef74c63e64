"""Generate the tests of sql-checkout-funnel from a fixed seed (see sqltests.py)."""
import random

from sqltests import Tests, table

STEPS = ["view", "cart", "checkout", "purchase"]


def events(rows):
    return table(["event_id", "user_id", "event", "event_at"],
                 ["int64", "int64", "string", "datetime64"],
                 [(k + 1,) + tuple(r) for k, r in enumerate(rows)])


def stamp(minute):
    day, rest = divmod(minute, 24 * 60)
    return "2024-11-%02dT%02d:%02d:00" % (1 + day, rest // 60, rest % 60)


def random_funnel(rng, n, go_on=(0.6, 0.5, 0.7), noise=0.0, repeat=0.2):
    """Users walk the steps in order, stopping at random; with `noise`, some also do a later
    step before an earlier one (a purchase from another device, a cart restored from last week)."""
    rows = []
    for u in range(1, n + 1):
        t = rng.randrange(20 * 1440)
        reached = 1
        while reached < 4 and rng.random() < go_on[reached - 1]:
            reached += 1
        for s in range(reached):
            t += rng.randint(1, 120)
            rows.append((u, STEPS[s], stamp(t)))
            if rng.random() < repeat:
                rows.append((u, STEPS[s], stamp(t + rng.randint(1, 60))))
        if rng.random() < noise:
            rows.append((u, STEPS[rng.randrange(1, 4)], stamp(max(0, t - rng.randint(500, 5000)))))
    rng.shuffle(rows)
    return {"events": events(rows)}


def main():
    rng = random.Random(1609)
    tests = Tests("submissions/accepted/funnel.sql", ["int64", "string", "int64", "float64"],
                  ordered=True)
    tests.add("sample/1-four-users", "the statement's example", {"events": events([
        (1, "view", "2024-11-01T10:00:00"), (1, "cart", "2024-11-01T10:05:00"),
        (1, "checkout", "2024-11-01T10:06:00"), (1, "purchase", "2024-11-01T10:07:00"),
        (2, "view", "2024-11-01T11:00:00"), (2, "cart", "2024-11-01T11:02:00"),
        (3, "view", "2024-11-01T12:00:00"),
        (4, "view", "2024-11-01T13:00:00"), (4, "cart", "2024-11-01T13:01:00"),
        (4, "checkout", "2024-11-01T13:03:00")])})
    tests.add("secret/01-mixed", "a thousand users walking the funnel", {**random_funnel(rng, 1000)})
    tests.add("secret/02-out-of-order-events", "purchases and carts without the steps before them", {
        "events": events([
            (1, "purchase", "2024-11-01T09:00:00"), (1, "view", "2024-11-01T10:00:00"),
            (2, "cart", "2024-11-01T09:00:00"), (2, "checkout", "2024-11-01T09:01:00"),
            (3, "view", "2024-11-01T10:00:00"), (3, "checkout", "2024-11-01T10:01:00"),
            (3, "cart", "2024-11-01T10:02:00"),
            (4, "view", "2024-11-01T10:00:00"), (4, "cart", "2024-11-01T10:01:00")])})
    tests.add("secret/03-repeated-steps", "a cart before the first view, then the funnel in order", {
        "events": events([
            (1, "cart", "2024-11-01T08:00:00"), (1, "view", "2024-11-01T09:00:00"),
            (1, "cart", "2024-11-01T09:05:00"), (1, "checkout", "2024-11-01T09:06:00"),
            (2, "view", "2024-11-01T09:00:00"), (2, "view", "2024-11-01T09:30:00"),
            (2, "cart", "2024-11-01T09:10:00"), (2, "checkout", "2024-11-01T09:00:00"),
            (2, "checkout", "2024-11-01T09:20:00"), (2, "purchase", "2024-11-01T09:25:00")])})
    tests.add("secret/04-nobody-purchased", "users stop at the cart or checkout", {
        "events": events([
            (1, "view", "2024-11-01T10:00:00"), (1, "cart", "2024-11-01T10:01:00"),
            (2, "view", "2024-11-01T10:00:00"), (3, "view", "2024-11-01T11:00:00"),
            (3, "cart", "2024-11-01T11:01:00"), (3, "checkout", "2024-11-01T11:02:00")])})
    tests.add("secret/05-many-users", "five thousand users, repeats and out-of-order events", {
        **random_funnel(rng, 5000, noise=0.15)})
    tests.check({
        "any_order.sql": "secret/02-out-of-order-events",
        "first_times_compared.sql": "secret/03-repeated-steps",
        "conversion_from_first_step.sql": "secret/01-mixed",
        "steps_without_users_vanish.sql": "secret/04-nobody-purchased",
    })


if __name__ == "__main__":
    main()
