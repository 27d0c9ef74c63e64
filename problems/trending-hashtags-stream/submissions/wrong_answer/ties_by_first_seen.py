"""Wrong: sorts by count only, so equal counts keep first-seen order instead of lexicographic."""


def trending_after_batches(batches: list[list[str]], k: int) -> list[list[str]]:
    counts: dict[str, int] = {}
    panels = []
    for batch in batches:
        for tag in batch:
            counts[tag] = counts.get(tag, 0) + 1
        ranked = sorted(counts, key=lambda t: -counts[t])  # stable: dict order breaks ties
        panels.append(ranked[:k])
    return panels
