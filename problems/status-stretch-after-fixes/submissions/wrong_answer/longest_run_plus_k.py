"""Wrong: extends the longest recorded run by k corrections, as if the fixes always sat next to
that run; a stretch made of several short runs joined by fixes can be longer."""


def longest_stretch(statuses: str, k: int) -> int:
    longest = 0
    run = 0
    for i, status in enumerate(statuses):
        run = run + 1 if i and statuses[i - 1] == status else 1
        longest = max(longest, run)
    return min(len(statuses), longest + k)
