# A realistic mistake for a "stream": keep the values seen so far in a sorted list and insert each
# new one with bisect.insort. The search is O(log n) but every insertion shifts O(n) elements, so
# the whole stream costs O(n^2) and times out at n = 200 000.
import bisect
import math
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = []
total = 0
for token in data[1:1 + n]:
    x = int(token)
    total += x
    bisect.insort(xs, x)
mean = total / n
std = math.sqrt(sum((x - mean) ** 2 for x in xs) / n)
print(f"{mean:.9f} {std:.9f} {xs[math.ceil(50 * n / 100) - 1]} {xs[math.ceil(99 * n / 100) - 1]}")
