def first_viable_start(grant: list[int], spend: list[int]) -> int:
    """One pass. If the budget goes negative after hop i when starting at s, no start in
    s..i works either (each enters that stretch with less), so restart at i + 1. A start exists
    iff the total is non-negative, and the last restart is then the smallest viable one.
    O(n) time, O(1) extra space."""
    total = 0
    budget = 0
    start = 0
    for i, (g, s) in enumerate(zip(grant, spend)):
        total += g - s
        budget += g - s
        if budget < 0:
            start = i + 1
            budget = 0
    return start if total >= 0 else -1
