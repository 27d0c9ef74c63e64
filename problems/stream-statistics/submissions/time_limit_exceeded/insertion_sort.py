# Correct answers, but a quadratic sort: too slow for 200 000 latencies.
import math
import sys

data = sys.stdin.read().split()
n = int(data[0])
xs = []
for token in data[1:1 + n]:
    x = int(token)
    i = len(xs)
    xs.append(x)
    while i > 0 and xs[i - 1] > x:
        xs[i] = xs[i - 1]
        i -= 1
    xs[i] = x
mean = sum(xs) / n
std = math.sqrt(sum((x - mean) ** 2 for x in xs) / n)
print(f"{mean:.9f} {std:.9f} {xs[math.ceil(n / 2) - 1]} {xs[math.ceil(99 * n / 100) - 1]}")
