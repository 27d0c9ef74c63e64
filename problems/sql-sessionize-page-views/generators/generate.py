"""Generate the tests of sql-sessionize-page-views from a fixed seed (see sqltests.py)."""
import random

from sqltests import Tests, table


def views(rows):
    return table(["view_id", "user_id", "url", "viewed_at"],
                 ["int64", "int64", "string", "datetime64"], rows)


def stamp(seconds):
    day, rest = divmod(seconds, 86400)
    return "2024-06-%02dT%02d:%02d:%02d" % (1 + day, rest // 3600, rest // 60 % 60, rest % 60)


def random_views(rng, users, per_user, rows=None):
    rows = rows if rows is not None else []
    for u in users:
        t = rng.randrange(86400)
        for _ in range(per_user):
            t += rng.choice([rng.randint(5, 600), rng.randint(5, 600), rng.randint(1700, 1900),
                             rng.randint(2000, 20000)])
            rows.append([u, "/p/%d" % rng.randrange(40), stamp(t)])
    rng.shuffle(rows)  # the log is not in time order
    return views([(k + 1, u, url, at) for k, (u, url, at) in enumerate(rows)])


def main():
    rng = random.Random(1604)
    tests = Tests("submissions/accepted/sessions.sql",
                  ["int64", "int64", "string", "string", "int64"], ordered=False)
    tests.add("sample/1-two-users", "the statement's example", {
        "page_views": views([
            (1, 1, "/home", "2024-06-01T09:00:00"), (2, 1, "/search", "2024-06-01T09:10:00"),
            (3, 2, "/home", "2024-06-01T09:12:00"), (4, 1, "/item/7", "2024-06-01T09:40:00"),
            (5, 1, "/home", "2024-06-01T10:20:00"), (6, 2, "/cart", "2024-06-01T09:20:00")])})
    tests.add("secret/01-mixed", "twenty users, thirty views each, log out of order", {
        "page_views": random_views(rng, range(1, 21), 30)})
    tests.add("secret/02-users-interleaved", "user 2's first view comes minutes after user 1's last", {
        "page_views": views([
            (1, 1, "/a", "2024-06-01T08:00:00"), (2, 1, "/b", "2024-06-01T08:20:00"),
            (3, 2, "/a", "2024-06-01T07:00:00"), (4, 2, "/b", "2024-06-01T08:25:00"),
            (5, 3, "/a", "2024-06-01T08:30:00"), (6, 3, "/c", "2024-06-01T10:30:00")])})
    tests.add("secret/03-exactly-thirty-minutes", "gaps of 30 min, 30 min 1 s and 29 min 59 s", {
        "page_views": views([
            (1, 1, "/a", "2024-06-01T08:00:00"), (2, 1, "/b", "2024-06-01T08:30:00"),
            (3, 1, "/c", "2024-06-01T09:00:01"), (4, 1, "/d", "2024-06-01T09:30:00"),
            (5, 2, "/a", "2024-06-01T12:00:00"), (6, 2, "/b", "2024-06-01T12:30:00")])})
    tests.add("secret/04-next-day-same-hour", "views a day apart at about the same time of day", {
        "page_views": views([
            (1, 1, "/a", "2024-06-01T20:00:00"), (2, 1, "/b", "2024-06-02T20:05:00"),
            (3, 1, "/c", "2024-06-03T20:01:00"), (4, 2, "/a", "2024-06-01T23:50:00"),
            (5, 2, "/b", "2024-06-02T00:10:00")])})
    tests.add("secret/05-long-sessions", "sessions of views every 20 minutes for hours", {
        "page_views": views([(k + 1, 1 + k % 2, "/x", stamp(3600 + 1200 * (k // 2)))
                             for k in range(40)])})
    tests.add("secret/06-many-users", "three hundred users, twenty views each", {
        "page_views": random_views(rng, range(1, 301), 20)})
    tests.check({
        "lag_across_users.sql": "secret/02-users-interleaved",
        "gap_of_thirty_splits.sql": "secret/03-exactly-thirty-minutes",
        "minutes_of_the_day.sql": "secret/04-next-day-same-hour",
        "gap_from_session_start.sql": "secret/05-long-sessions",
    })


if __name__ == "__main__":
    main()
