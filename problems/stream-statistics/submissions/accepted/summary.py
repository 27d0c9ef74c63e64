import math
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = sorted(map(int, data[1:1 + n]))
    mean = math.fsum(xs) / n
    std = math.sqrt(math.fsum((x - mean) ** 2 for x in xs) / n)
    p50 = xs[math.ceil(50 * n / 100) - 1]
    p99 = xs[math.ceil(99 * n / 100) - 1]
    print(f"{mean:.9f} {std:.9f} {p50} {p99}")


main()
