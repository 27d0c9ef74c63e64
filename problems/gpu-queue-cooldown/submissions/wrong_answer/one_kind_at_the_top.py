"""Wrong: the last frame holds one job, as if no other kind could tie with the most frequent one."""

from collections import Counter


def min_slots(kinds: list[str], cooldown: int) -> int:
    if not kinds:
        return 0
    top = max(Counter(kinds).values())
    return max(len(kinds), (top - 1) * (cooldown + 1) + 1)
