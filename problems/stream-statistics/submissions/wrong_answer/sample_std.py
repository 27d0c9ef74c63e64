# A realistic mistake: the sample standard deviation (divide by n - 1) instead of the population one.
import math
import statistics
import sys

data = sys.stdin.read().split()
n = int(data[0])
xs = sorted(map(int, data[1:1 + n]))
std = statistics.stdev(xs) if n > 1 else 0.0
print(f"{sum(xs) / n:.9f} {std:.9f} {xs[math.ceil(n / 2) - 1]} {xs[math.ceil(99 * n / 100) - 1]}")
