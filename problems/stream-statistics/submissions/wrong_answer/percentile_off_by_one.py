# A realistic mistake: floor instead of ceiling for the nearest rank.
import math
import sys

data = sys.stdin.read().split()
n = int(data[0])
xs = sorted(map(int, data[1:1 + n]))
mean = sum(xs) / n
std = math.sqrt(sum((x - mean) ** 2 for x in xs) / n)
print(f"{mean:.9f} {std:.9f} {xs[max(0, 50 * n // 100 - 1)]} {xs[max(0, 99 * n // 100 - 1)]}")
