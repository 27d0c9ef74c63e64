"""Generate the tests of sql-ab-test-conversion from a fixed seed (see sqltests.py)."""
import random

from sqltests import Tests, table


def assignments(rows):
    return table(["user_id", "variant", "assigned_at"], ["int64", "string", "datetime64"], rows)


def purchases(rows):
    return table(["purchase_id", "user_id", "amount", "purchased_at"],
                 ["int64", "int64", "float64", "datetime64"], rows)


def stamp(minute):
    day, rest = divmod(minute, 24 * 60)
    return "2024-07-%02dT%02d:%02d:00" % (1 + day, rest // 60, rest % 60)


def random_experiment(rng, n_users, rates, repeat=0.3, before=0.1):
    """Users assigned over a week; buyers buy once or more after assignment, some also before."""
    users, bought = [], []
    for u in range(1, n_users + 1):
        variant = rng.choice(sorted(rates))
        at = rng.randrange(7 * 1440)
        users.append((u, variant, stamp(at)))
        if rng.random() < rates[variant]:
            for _ in range(1 + (rng.random() < repeat) + (rng.random() < repeat)):
                bought.append((u, round(rng.uniform(5, 120), 2), stamp(at + rng.randint(0, 5000))))
        if rng.random() < before and at > 60:
            bought.append((u, round(rng.uniform(5, 120), 2), stamp(rng.randrange(at))))
    rng.shuffle(bought)
    return {"assignments": assignments(users),
            "purchases": purchases([(k + 1,) + b for k, b in enumerate(bought)])}


def main():
    rng = random.Random(1605)
    tests = Tests("submissions/accepted/conversion.sql",
                  ["string", "int64", "int64", "float64", "float64"], ordered=False)
    tests.add("sample/1-four-users", "the statement's example", {
        "assignments": assignments([(1, "control", "2024-07-01T10:00:00"),
                                    (2, "control", "2024-07-01T11:00:00"),
                                    (3, "treatment", "2024-07-01T10:30:00"),
                                    (4, "treatment", "2024-07-02T09:00:00")]),
        "purchases": purchases([(1, 1, 20.0, "2024-07-01T12:00:00"),
                                (2, 3, 15.0, "2024-07-01T11:00:00"),
                                (3, 3, 25.0, "2024-07-03T08:00:00")])})
    tests.add("secret/01-repeat-buyers", "four hundred users, many buy more than once", {
        **random_experiment(rng, 400, {"control": 0.2, "treatment": 0.3}, repeat=0.5, before=0.0)})
    tests.add("secret/02-purchases-before-assignment", "buyers who also bought before the experiment", {
        "assignments": assignments([(1, "control", "2024-07-02T00:00:00"),
                                    (2, "control", "2024-07-02T00:00:00"),
                                    (3, "treatment", "2024-07-02T00:00:00"),
                                    (4, "treatment", "2024-07-02T00:00:00")]),
        "purchases": purchases([(1, 1, 10.0, "2024-07-01T23:59:59"),
                                (2, 2, 30.0, "2024-07-02T00:00:00"),
                                (3, 3, 12.0, "2024-06-28T10:00:00"),
                                (4, 3, 8.0, "2024-07-05T10:00:00"),
                                (5, 4, 40.0, "2024-07-01T08:00:00")])})
    tests.add("secret/03-nobody-bought", "a variant without a single buyer", {
        "assignments": assignments([(u, "control" if u % 2 else "treatment", stamp(u * 10))
                                    for u in range(1, 11)]),
        "purchases": purchases([(1, 1, 9.5, stamp(500)), (2, 3, 4.0, stamp(900))])})
    tests.add("secret/04-three-variants", "three variants, three thousand users", {
        **random_experiment(rng, 3000, {"a": 0.1, "b": 0.12, "c": 0.15})})
    tests.check({
        "count_purchases.sql": "secret/01-repeat-buyers",
        "purchases_before_assignment.sql": "secret/02-purchases-before-assignment",
        "integer_division.sql": "secret/01-repeat-buyers",
        "buyers_only_denominator.sql": "secret/03-nobody-bought",
    })


if __name__ == "__main__":
    main()
