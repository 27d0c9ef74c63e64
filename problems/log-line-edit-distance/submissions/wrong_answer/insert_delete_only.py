"""Wrong: n + m - 2 * LCS counts only insertions and deletions (a substitution costs 2)."""


def edit_distance(a: str, b: str) -> int:
    previous = [0] * (len(b) + 1)
    for char_a in a:
        current = [0] * (len(b) + 1)
        for j, char_b in enumerate(b, start=1):
            if char_a == char_b:
                current[j] = previous[j - 1] + 1
            else:
                current[j] = max(previous[j], current[j - 1])
        previous = current
    return len(a) + len(b) - 2 * previous[-1]
