"""Trending panel: counts in a hash map plus the current top k, kept up to date per use.

Counts only grow, so a hashtag outside the top k can enter it only at the moment its own count
goes up, and then it can only push out the current worst entry: O(k) per use, no re-sort of
every hashtag seen.
"""


def trending_after_batches(batches: list[list[str]], k: int) -> list[list[str]]:
    counts: dict[str, int] = {}
    top: list[str] = []       # the k best hashtags so far, in no particular order
    on_panel: set[str] = set()

    def rank(tag: str) -> tuple[int, str]:
        return (-counts[tag], tag)  # smaller is better

    panels = []
    for batch in batches:
        for tag in batch:
            counts[tag] = counts.get(tag, 0) + 1
            if tag in on_panel:
                continue  # it only got better; the set of the top k is unchanged
            if len(top) < k:
                top.append(tag)
                on_panel.add(tag)
                continue
            worst = max(top, key=rank)
            if rank(tag) < rank(worst):
                top[top.index(worst)] = tag
                on_panel.discard(worst)
                on_panel.add(tag)
        panels.append(sorted(top, key=rank))
    return panels
