"""Generate the tests of sql-march-units-per-product from a fixed seed (see sqltests.py)."""
import random

from sqltests import Tests, table

WORDS = ["lamp", "mug", "chair", "desk", "rug", "kettle", "shelf", "clock", "vase", "stool"]


def products(ids):
    return table(["product_id", "name", "category"], ["int64", "string", "string"],
                 [(i, WORDS[i % len(WORDS)] + "-" + str(i), ["home", "office", "kitchen"][i % 3])
                  for i in ids])


def sales(rows):
    return table(["sale_id", "product_id", "quantity", "status", "sold_at"],
                 ["int64", "int64", "int64", "string", "datetime64"], rows)


def random_sales(rng, product_ids, n, cancel_rate=0.2, first_id=1000):
    """Sales from February 20 to April 10: a third of them outside March."""
    rows = []
    for k in range(n):
        day = rng.randrange(50)
        month, dom = (2, 20 + day) if day < 10 else ((3, day - 9) if day < 40 else (4, day - 39))
        stamp = "2024-%02d-%02dT%02d:%02d:00" % (month, dom, rng.randrange(24), rng.randrange(60))
        rows.append((first_id + k, rng.choice(product_ids), rng.randint(1, 5),
                     "cancelled" if rng.random() < cancel_rate else "completed", stamp))
    return sales(rows)


def main():
    rng = random.Random(1601)
    tests = Tests("submissions/accepted/units.sql", ["int64", "string", "int64"], ordered=False)
    tests.add("sample/1-three-products", "the statement's example", {
        "products": products([1, 2, 3]),
        "sales": sales([(10, 1, 2, "completed", "2024-03-04T10:00:00"),
                        (11, 1, 1, "completed", "2024-03-18T16:45:00"),
                        (12, 2, 4, "cancelled", "2024-03-09T12:00:00"),
                        (13, 2, 3, "completed", "2024-02-28T09:30:00"),
                        (14, 3, 5, "completed", "2024-03-31T21:15:00")])})
    ids = list(range(1, 31))
    tests.add("secret/01-mixed", "thirty products, sales around March, some cancelled", {
        "products": products(ids), "sales": random_sales(rng, ids, 200)})
    tests.add("secret/02-unsold-products", "two thirds of the products have no sales at all", {
        "products": products(ids), "sales": random_sales(rng, ids[::3], 60, cancel_rate=0.0)})
    tests.add("secret/03-only-cancelled-or-other-months",
              "products 2 and 4 only have cancelled sales, 5 only February and April ones", {
                  "products": products([1, 2, 3, 4, 5]),
                  "sales": sales([(1, 1, 3, "completed", "2024-03-02T08:00:00"),
                                  (2, 2, 1, "cancelled", "2024-03-03T08:00:00"),
                                  (3, 2, 2, "cancelled", "2024-03-20T08:00:00"),
                                  (4, 3, 1, "completed", "2024-03-12T08:00:00"),
                                  (5, 4, 6, "cancelled", "2024-03-15T08:00:00"),
                                  (6, 5, 2, "completed", "2024-02-29T23:59:59"),
                                  (7, 5, 2, "completed", "2024-04-01T00:00:00")])})
    tests.add("secret/04-last-day-of-month", "sales during March 31 and at midnight of April 1", {
        "products": products([1, 2, 3]),
        "sales": sales([(1, 1, 2, "completed", "2024-03-31T00:00:00"),
                        (2, 1, 3, "completed", "2024-03-31T18:30:00"),
                        (3, 2, 1, "completed", "2024-03-31T23:59:59"),
                        (4, 2, 4, "completed", "2024-04-01T00:00:00"),
                        (5, 3, 1, "completed", "2024-03-01T00:00:00")])})
    tests.add("secret/05-no-sales", "an empty sales table", {
        "products": products([1, 2, 3, 4]), "sales": sales([])})
    big = list(range(1, 2001))
    tests.add("secret/06-two-thousand-products", "two thousand products, six thousand sales", {
        "products": products(big), "sales": random_sales(rng, big[:1500], 6000)})
    tests.check({
        "inner_join.sql": "secret/02-unsold-products",
        "filter_in_where.sql": "secret/03-only-cancelled-or-other-months",
        "null_for_unsold.sql": "secret/02-unsold-products",
        "count_sale_rows.sql": "secret/01-mixed",
        "between_dates.sql": "secret/04-last-day-of-month",
        "cancelled_count_too.sql": "secret/03-only-cancelled-or-other-months",
    })


if __name__ == "__main__":
    main()
