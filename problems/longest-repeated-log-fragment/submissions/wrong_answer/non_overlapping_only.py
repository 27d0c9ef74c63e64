"""Wrong: counts a second occurrence only if it starts after the first one ends, so overlapping
repeats are missed ("aaaa" gives "aa" instead of "aaa")."""


def longest_repeated_fragment(line: str) -> str:
    n = len(line)
    for length in range(n // 2, 0, -1):
        first: dict[str, int] = {}
        best = -1
        for i in range(n - length + 1):
            j = first.setdefault(line[i:i + length], i)
            if i - j >= length and (best == -1 or j < best):
                best = j
        if best >= 0:
            return line[best:best + length]
    return ""
