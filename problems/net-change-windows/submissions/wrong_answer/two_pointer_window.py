"""Wrong: a shrinking/growing window, which is right only when every change is non-negative."""


def count_periods(changes: list[int], target: int) -> int:
    count = 0
    left = 0
    total = 0
    for right, change in enumerate(changes):
        total += change
        while left < right and total > target:
            total -= changes[left]
            left += 1
        if total == target:
            count += 1
    return count
