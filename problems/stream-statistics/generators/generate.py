"""Writes data/sample and data/secret for stream-statistics. Deterministic: run it again to reproduce."""
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")


def answer(xs):
    n = len(xs)
    mean = sum(xs) / n
    std = math.sqrt(sum((x - mean) ** 2 for x in xs) / n)
    s = sorted(xs)
    p50 = s[math.ceil(50 * n / 100) - 1]
    p99 = s[math.ceil(99 * n / 100) - 1]
    return "%.9f %.9f %d %d\n" % (mean, std, p50, p99)


def write(group, name, xs):
    os.makedirs(os.path.join(DATA, group), exist_ok=True)
    with open(os.path.join(DATA, group, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(xs), " ".join(map(str, xs))))
    with open(os.path.join(DATA, group, name + ".ans"), "w") as f:
        f.write(answer(xs))


def main():
    rng = random.Random(20261122)
    write("sample", "1", [10, 20, 30, 40, 1000])
    write("secret", "01-single", [7])
    write("secret", "02-equal", [5] * 10)
    write("secret", "03-two", [1, 2])
    write("secret", "04-unsorted", [rng.randint(0, 100) for _ in range(37)])
    write("secret", "05-huge-values", [10 ** 9 - rng.randint(0, 5) for _ in range(1000)])
    write("secret", "06-heavy-tail", [rng.randint(1, 50) for _ in range(990)] + [rng.randint(10 ** 6, 10 ** 9) for _ in range(10)])
    write("secret", "07-large-random", [rng.randint(0, 10 ** 9) for _ in range(60000)])
    write("secret", "08-large-skewed", [int(rng.expovariate(1 / 30.0)) for _ in range(60000)])
    # The largest n the statement allows (small values keep the file under 1 MB): an O(n^2)
    # insertion into a sorted list times out here.
    write("secret", "09-max-size", [int(rng.expovariate(1 / 40.0)) for _ in range(200000)])


if __name__ == "__main__":
    main()
