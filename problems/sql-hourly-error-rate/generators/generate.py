"""Generate the tests of sql-hourly-error-rate from a fixed seed (see sqltests.py)."""
import random

from sqltests import Tests, table


def requests(rows):
    return table(["request_id", "service", "status", "requested_at"],
                 ["int64", "string", "int64", "datetime64"],
                 [(k + 1,) + tuple(r) for k, r in enumerate(rows)])


def stamp(second):
    """A time `second` seconds after midnight of 2024-10-01 (negative: the day before)."""
    import datetime
    t = datetime.datetime(2024, 10, 1) + datetime.timedelta(seconds=second)
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def random_day(rng, n, quiet_hours=(), spill=0):
    rows = []
    for _ in range(n):
        second = rng.randrange(86400)
        if second // 3600 in quiet_hours:
            continue
        rows.append(second)
    rows += [rng.choice([-1, 1]) * rng.randrange(1, 86400) + (86400 if rng.random() < 0.5 else 0)
             for _ in range(spill)]
    out = []
    for second in rows:
        status = rng.choices([200, 201, 304, 404, 429, 500, 502, 503], [60, 5, 8, 8, 4, 6, 5, 4])[0]
        out.append((rng.choice(["api", "auth", "search"]), status, stamp(second)))
    rng.shuffle(out)
    return requests(out)


def main():
    rng = random.Random(1608)
    tests = Tests("submissions/accepted/hourly.sql", ["string", "int64", "int64", "float64"],
                  ordered=True)
    sample = [("api", 200, stamp(0)), ("api", 503, stamp(600)), ("auth", 404, stamp(1800)),
              ("api", 200, stamp(2 * 3600 + 59 * 60 + 59)), ("search", 500, stamp(2 * 3600 + 5))]
    sample += [("api", 200, stamp(h * 3600 + 42)) for h in range(3, 24)]
    tests.add("sample/1-one-day", "the statement's example", {"requests": requests(sample)})
    tests.add("secret/01-mixed", "three thousand requests over the day", {
        "requests": random_day(rng, 3000)})
    tests.add("secret/02-quiet-hours", "no requests at night", {
        "requests": random_day(rng, 800, quiet_hours=set(range(0, 6)) | {13})})
    tests.add("secret/03-neighbouring-days", "requests of September 30 and October 2 in the table", {
        "requests": random_day(rng, 500, spill=400)})
    tests.add("secret/04-no-requests", "an empty table: 24 quiet hours", {"requests": requests([])})
    tests.add("secret/05-busy-day", "twelve thousand requests", {"requests": random_day(rng, 12000)})
    tests.check({
        "busy_hours_only.sql": "secret/02-quiet-hours",
        "hour_of_day_only.sql": "secret/03-neighbouring-days",
        "client_errors_count.sql": "secret/01-mixed",
        "integer_rate.sql": "secret/01-mixed",
        "zero_rate_for_quiet_hours.sql": "secret/02-quiet-hours",
    })


if __name__ == "__main__":
    main()
