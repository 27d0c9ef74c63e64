"""Generate the tests of sql-running-account-balance from a fixed seed (see sqltests.py)."""
import random

from sqltests import Tests, table


def transactions(rows):
    return table(["txn_id", "account_id", "amount", "posted_at"],
                 ["int64", "int64", "float64", "datetime64"], rows)


def stamp(minute):
    day, rest = divmod(minute, 24 * 60)
    return "2024-05-%02dT%02d:%02d:00" % (1 + day, rest // 60, rest % 60)


def random_transactions(rng, accounts, n, same_time_rate=0.0, backfill_rate=0.0):
    """Posted in time order per account; txn ids in arrival order, which a backfill breaks."""
    rows = []
    clock = {a: rng.randrange(600) for a in accounts}
    for k in range(n):
        a = rng.choice(accounts)
        if rng.random() >= same_time_rate:
            clock[a] += rng.randint(1, 300)
        minute = clock[a]
        if rng.random() < backfill_rate:
            minute = max(0, minute - rng.randint(200, 2000))
        amount = round(rng.uniform(-200, 400), 2)
        rows.append((k + 1, a, amount, stamp(minute)))
    return transactions(rows)


def main():
    rng = random.Random(1603)
    tests = Tests("submissions/accepted/balance.sql", ["int64", "int64", "string", "float64"],
                  ordered=True)
    tests.add("sample/1-two-accounts", "the statement's example", {
        "transactions": transactions([
            (1, 7, 100.0, "2024-05-01T09:00:00"), (2, 8, 50.0, "2024-05-01T09:30:00"),
            (3, 7, -30.0, "2024-05-01T12:00:00"), (4, 7, 12.5, "2024-05-02T08:15:00"),
            (5, 8, -20.0, "2024-05-03T10:00:00")])})
    tests.add("secret/01-mixed", "six accounts, two hundred transactions", {
        "transactions": random_transactions(rng, [1, 2, 3, 4, 5, 6], 200)})
    tests.add("secret/02-same-second", "transactions of one account posted at the same time", {
        "transactions": transactions([
            (1, 1, 100.0, "2024-05-01T09:00:00"), (2, 1, -40.0, "2024-05-01T09:00:00"),
            (3, 1, -10.0, "2024-05-01T09:00:00"), (4, 1, 5.0, "2024-05-01T10:00:00"),
            (5, 2, 70.0, "2024-05-01T09:00:00"), (6, 2, 30.0, "2024-05-01T11:00:00"),
            (7, 2, 1.0, "2024-05-01T11:00:00")])})
    tests.add("secret/03-backfilled-ids", "late-arriving transactions posted earlier than their id says", {
        "transactions": transactions([
            (1, 1, 10.0, "2024-05-01T09:00:00"), (2, 1, 20.0, "2024-05-03T09:00:00"),
            (3, 1, -5.0, "2024-05-02T09:00:00"), (4, 2, 8.0, "2024-05-04T09:00:00"),
            (5, 2, 2.0, "2024-05-01T09:00:00")])})
    tests.add("secret/04-one-transaction-each", "every account has one transaction", {
        "transactions": transactions([(i, 100 + i, float(i * 3), stamp(i * 7)) for i in range(1, 9)])})
    tests.add("secret/05-many-accounts", "fifty accounts, four thousand transactions, ties and backfills", {
        "transactions": random_transactions(rng, list(range(1, 51)), 4000, 0.1, 0.05)})
    tests.check({
        "default_range_frame.sql": "secret/02-same-second",
        "no_partition.sql": "secret/01-mixed",
        "order_by_txn_id.sql": "secret/03-backfilled-ids",
        "self_join_before.sql": "secret/02-same-second",
    })


if __name__ == "__main__":
    main()
