def _hits(recommended: list[int], relevant: list[int], k: int) -> list[bool]:
    """For each of the first k recommended positions: is it the first occurrence of a relevant item?"""
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    wanted = set(relevant)
    seen: set[int] = set()
    hits = []
    for item in recommended[:k]:
        hits.append(item in wanted and item not in seen)
        seen.add(item)
    return hits


def precision_at_k(recommended: list[int], relevant: list[int], k: int) -> float:
    """Fraction of the k slots filled with a (new) relevant item; missing slots count as misses."""
    return sum(_hits(recommended, relevant, k)) / k


def recall_at_k(recommended: list[int], relevant: list[int], k: int) -> float:
    """Fraction of the relevant items found in the first k slots (0.0 when nothing is relevant)."""
    hits = _hits(recommended, relevant, k)
    wanted = set(relevant)
    return sum(hits) / len(wanted) if wanted else 0.0


def average_precision_at_k(recommended: list[int], relevant: list[int], k: int) -> float:
    """Mean of precision@i over the hit positions i <= k, divided by min(k, |relevant|)."""
    hits = _hits(recommended, relevant, k)
    wanted = set(relevant)
    if not wanted:
        return 0.0
    total, found = 0.0, 0
    for i, hit in enumerate(hits, start=1):
        if hit:
            found += 1
            total += found / i
    return total / min(k, len(wanted))


def mean_average_precision_at_k(
    recommended_lists: list[list[int]], relevant_lists: list[list[int]], k: int
) -> float:
    """MAP@k: the mean of average_precision_at_k over users."""
    if len(recommended_lists) != len(relevant_lists):
        raise ValueError(
            f"got {len(recommended_lists)} recommendation lists but {len(relevant_lists)} relevant sets"
        )
    if not recommended_lists:
        raise ValueError("MAP@k of no users is undefined")
    scores = [average_precision_at_k(r, t, k) for r, t in zip(recommended_lists, relevant_lists)]
    return sum(scores) / len(scores)
