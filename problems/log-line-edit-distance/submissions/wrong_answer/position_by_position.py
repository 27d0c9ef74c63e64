"""Wrong: compares the lines position by position plus the length difference (no alignment)."""


def edit_distance(a: str, b: str) -> int:
    mismatches = sum(1 for x, y in zip(a, b) if x != y)
    return mismatches + abs(len(a) - len(b))
