import sys

data = sys.stdin.read().split()
n = int(data[0])
xs = list(map(int, data[1:1 + n]))
# Print: mean, population standard deviation, p50, p99 (nearest rank).
