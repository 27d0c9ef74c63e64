"""Generate the tests of sql-latest-profile-per-customer from a fixed seed (see sqltests.py)."""
import random

from sqltests import Tests, table

PLANS = ["free", "pro", "team", "enterprise"]


def updates(rows):
    return table(["update_id", "customer_id", "email", "plan", "updated_at", "ingested_at"],
                 ["int64", "int64", "string", "string", "datetime64", "datetime64"],
                 [(k + 1,) + tuple(r) for k, r in enumerate(rows)])


def stamp(second):
    day, rest = divmod(second, 86400)
    return "2024-09-%02dT%02d:%02d:%02d" % (1 + day, rest // 3600, rest // 60 % 60, rest % 60)


def random_log(rng, customers, per_customer, retry=0.2, late=0.1, same_second=0.0):
    """Updates in time order per customer, ingested shortly after; some retried (a duplicate row),
    some ingested late (an old update with a late id), some in the same second as the previous."""
    rows = []
    for c in customers:
        t = rng.randrange(86400)
        for v in range(per_customer):
            if not (v and rng.random() < same_second):
                t += rng.randint(60, 40000)
            email = "user%d.v%d@example.com" % (c, v)
            plan = PLANS[rng.randrange(len(PLANS))]
            ingested = t + 31 * v + rng.randint(1, 30)  # increasing per customer: no ties
            if rng.random() < late:
                ingested += 200000
            rows.append((ingested, [c, email, plan, stamp(t), stamp(ingested)]))
            if rng.random() < retry:
                rows.append((ingested, [c, email, plan, stamp(t), stamp(ingested)]))
    rows.sort(key=lambda r: r[0])  # update ids in ingestion order
    return updates([r for _, r in rows])


def main():
    rng = random.Random(1607)
    tests = Tests("submissions/accepted/latest.sql", ["int64", "string", "string", "string"],
                  ordered=False)
    tests.add("sample/1-three-customers", "the statement's example", {
        "profile_updates": updates([
            (1, "ada@old.example", "free", "2024-09-01T10:00:00", "2024-09-01T10:00:05"),
            (2, "bo@example.com", "pro", "2024-09-01T11:00:00", "2024-09-01T11:00:02"),
            (1, "ada@new.example", "free", "2024-09-02T09:00:00", "2024-09-02T09:00:01"),
            (1, "ada@new.example", "free", "2024-09-02T09:00:00", "2024-09-02T09:00:01"),
            (3, "cy@example.com", "team", "2024-09-03T08:00:00", "2024-09-03T08:00:03"),
            (2, "bo@example.com", "team", "2024-09-03T12:00:00", "2024-09-03T12:00:04")])})
    tests.add("secret/01-mixed", "fifty customers, retries, a few late arrivals", {
        "profile_updates": random_log(rng, range(1, 51), 6)})
    tests.add("secret/02-same-second-updates", "two updates of a customer in the same second", {
        "profile_updates": updates([
            (1, "a@x.example", "free", "2024-09-01T10:00:00", "2024-09-01T10:00:01"),
            (1, "a@y.example", "pro", "2024-09-01T10:00:00", "2024-09-01T10:00:03"),
            (2, "b@x.example", "team", "2024-09-01T10:00:00", "2024-09-01T10:00:09"),
            (2, "b@y.example", "team", "2024-09-01T10:00:00", "2024-09-01T10:00:04")])})
    tests.add("secret/03-late-arrivals", "an old update ingested after a newer one", {
        "profile_updates": updates([
            (1, "new@x.example", "pro", "2024-09-05T10:00:00", "2024-09-05T10:00:01"),
            (1, "old@x.example", "free", "2024-09-01T10:00:00", "2024-09-06T00:00:00"),
            (2, "b@x.example", "team", "2024-09-02T10:00:00", "2024-09-02T10:00:01")])})
    tests.add("secret/04-values-not-monotonic", "the latest update has the smaller email and plan", {
        "profile_updates": updates([
            (1, "zed@x.example", "team", "2024-09-01T10:00:00", "2024-09-01T10:00:01"),
            (1, "amy@x.example", "free", "2024-09-02T10:00:00", "2024-09-02T10:00:01")])})
    tests.add("secret/05-many-customers", "twelve hundred customers, ties, retries and late arrivals", {
        "profile_updates": random_log(rng, range(1, 1201), 4, 0.2, 0.1, 0.1)})
    tests.check({
        "join_on_max_time.sql": "secret/02-same-second-updates",
        "log_order_as_time.sql": "secret/03-late-arrivals",
        "distinct_rows.sql": "secret/01-mixed",
        "max_per_column.sql": "secret/04-values-not-monotonic",
    })


if __name__ == "__main__":
    main()
