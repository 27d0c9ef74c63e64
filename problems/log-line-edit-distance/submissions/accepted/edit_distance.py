"""Levenshtein distance by dynamic programming over prefixes, O(len(a) * len(b)), two rows."""


def edit_distance(a: str, b: str) -> int:
    # previous[j] = distance between the first i - 1 characters of a and the first j of b
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            if char_a == char_b:
                current[j] = previous[j - 1]
            else:
                current[j] = 1 + min(previous[j - 1], previous[j], current[j - 1])
        previous = current
    return previous[-1]
