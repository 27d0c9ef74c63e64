"""Brute force: try every length from the longest down, collecting the substrings of that length: O(n^3)."""


def longest_repeated_fragment(line: str) -> str:
    n = len(line)
    for length in range(n - 1, 0, -1):
        first: dict[str, int] = {}
        best = -1
        for i in range(n - length + 1):
            j = first.setdefault(line[i:i + length], i)
            if j != i and (best == -1 or j < best):
                best = j
        if best >= 0:
            return line[best:best + length]
    return ""
