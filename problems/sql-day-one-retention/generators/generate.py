"""Generate the tests of sql-day-one-retention from a fixed seed (see sqltests.py)."""
import random

from sqltests import Tests, table


def users(rows):
    return table(["user_id", "signed_up_at"], ["int64", "datetime64"], rows)


def events(rows):
    return table(["event_id", "user_id", "event_at"], ["int64", "int64", "datetime64"],
                 [(k + 1, u, at) for k, (u, at) in enumerate(rows)])


def stamp(minute):
    day, rest = divmod(minute, 24 * 60)
    return "2024-08-%02dT%02d:%02d:00" % (1 + day, rest // 60, rest % 60)


def random_cohorts(rng, n, days, return_rate):
    signups, activity = [], []
    for u in range(1, n + 1):
        at = rng.randrange(days * 1440)
        signups.append((u, stamp(at)))
        for _ in range(rng.randint(0, 6)):
            activity.append((u, stamp(at + rng.randint(0, 3 * 1440))))
        if rng.random() < return_rate:
            next_day = (at // 1440 + 1) * 1440
            for _ in range(rng.randint(1, 3)):
                activity.append((u, stamp(next_day + rng.randrange(1440))))
    rng.shuffle(activity)
    return {"users": users(signups), "events": events(activity)}


def main():
    rng = random.Random(1606)
    tests = Tests("submissions/accepted/retention.sql",
                  ["string", "int64", "int64", "float64"], ordered=True)
    tests.add("sample/1-two-days", "the statement's example", {
        "users": users([(1, "2024-08-01T09:00:00"), (2, "2024-08-01T22:30:00"),
                        (3, "2024-08-02T14:00:00")]),
        "events": events([(1, "2024-08-01T09:05:00"), (1, "2024-08-02T08:00:00"),
                          (1, "2024-08-02T19:00:00"), (2, "2024-08-03T10:00:00"),
                          (3, "2024-08-02T14:30:00")])})
    tests.add("secret/01-mixed", "five hundred users over ten days", {
        **random_cohorts(rng, 500, 10, 0.35)})
    tests.add("secret/02-late-evening-signups", "activity minutes, hours and a day after signup", {
        "users": users([(1, "2024-08-01T23:50:00"), (2, "2024-08-01T10:00:00"),
                        (3, "2024-08-01T06:00:00"), (4, "2024-08-01T20:00:00")]),
        "events": events([(1, "2024-08-02T00:10:00"), (2, "2024-08-01T18:00:00"),
                          (3, "2024-08-02T07:00:00"), (4, "2024-08-02T21:00:00")])})
    tests.add("secret/03-cohort-nobody-returned", "a signup day from which nobody came back", {
        "users": users([(1, "2024-08-01T10:00:00"), (2, "2024-08-02T10:00:00"),
                        (3, "2024-08-02T11:00:00"), (4, "2024-08-03T12:00:00")]),
        "events": events([(1, "2024-08-02T10:00:00"), (2, "2024-08-02T10:30:00"),
                          (3, "2024-08-05T09:00:00"), (4, "2024-08-04T01:00:00")])})
    tests.add("secret/04-came-back-later", "users who return on day 2 or 3, not day 1", {
        "users": users([(1, "2024-08-01T10:00:00"), (2, "2024-08-01T12:00:00")]),
        "events": events([(1, "2024-08-03T10:00:00"), (2, "2024-08-02T12:00:00"),
                          (2, "2024-08-04T12:00:00")])})
    tests.add("secret/05-many-users", "four thousand users over a month", {
        **random_cohorts(rng, 4000, 28, 0.3)})
    tests.check({
        "within_24_hours.sql": "secret/02-late-evening-signups",
        "count_events.sql": "secret/01-mixed",
        "drops_empty_cohorts.sql": "secret/03-cohort-nobody-returned",
        "any_later_day.sql": "secret/04-came-back-later",
    })


if __name__ == "__main__":
    main()
