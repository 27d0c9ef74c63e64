"""Wrong: treats a budget of exactly zero as running dry (restarts on <= 0)."""


def first_viable_start(grant: list[int], spend: list[int]) -> int:
    total = 0
    budget = 0
    start = 0
    for i, (g, s) in enumerate(zip(grant, spend)):
        total += g - s
        budget += g - s
        if budget <= 0:
            start = i + 1
            budget = 0
    if total < 0 or start >= len(grant):
        return -1
    return start
