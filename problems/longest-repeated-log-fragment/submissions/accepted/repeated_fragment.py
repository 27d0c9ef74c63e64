"""Binary search on the length, with a rolling hash to find repeated substrings of one length in
O(n): O(n log n) in all. A length-L repeat implies a length-(L - 1) repeat (its prefix), so the
lengths that repeat form a prefix of 1, 2, ... and binary search applies."""

MOD = (1 << 61) - 1
BASE = 1_000_003


def earliest_repeat(line: str, length: int, prefix: list[int], power: list[int]) -> int:
    """Start of the earliest first occurrence of a substring of this length that occurs twice, or -1."""
    first: dict[int, int] = {}
    best = -1
    scale = power[length]
    for i in range(len(line) - length + 1):
        h = (prefix[i + length] - prefix[i] * scale) % MOD
        j = first.setdefault(h, i)
        if j != i and (best == -1 or j < best):
            best = j
    return best


def longest_repeated_fragment(line: str) -> str:
    n = len(line)
    prefix = [0] * (n + 1)
    power = [1] * (n + 1)
    for i, ch in enumerate(line):
        prefix[i + 1] = (prefix[i] * BASE + ord(ch)) % MOD
        power[i + 1] = power[i] * BASE % MOD
    lo, hi = 0, n - 1  # the answer's length lies in [lo, hi]; length 0 always "repeats"
    start = 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        found = earliest_repeat(line, mid, prefix, power)
        if found >= 0:
            lo, start = mid, found
        else:
            hi = mid - 1
    return line[start:start + lo]
