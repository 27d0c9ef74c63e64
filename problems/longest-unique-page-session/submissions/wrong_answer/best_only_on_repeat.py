"""Wrong: records the window's length only when a repeat ends it, so a run reaching the end is lost."""


def longest_unique_run(pages: list[int]) -> int:
    last_seen: dict[int, int] = {}
    left = 0
    best = 0
    for right, page in enumerate(pages):
        previous = last_seen.get(page)
        if previous is not None and previous >= left:
            best = max(best, right - left)
            left = previous + 1
        last_seen[page] = right
    return best
