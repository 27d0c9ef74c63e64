"""Wrong: returns the last restart without checking that the credits cover the spends at all."""


def first_viable_start(grant: list[int], spend: list[int]) -> int:
    budget = 0
    start = 0
    for i, (g, s) in enumerate(zip(grant, spend)):
        budget += g - s
        if budget < 0:
            start = i + 1
            budget = 0
    return start if start < len(grant) else -1
