def _hits(recommended, relevant, k):
    if k < 1:
        raise ValueError("k must be >= 1")
    wanted, seen, hits = set(relevant), set(), []
    for item in recommended[:k]:
        hits.append(item in wanted and item not in seen)
        seen.add(item)
    return hits


def precision_at_k(recommended, relevant, k):
    hits = _hits(recommended, relevant, k)
    # Mistake: divides by the number of items actually returned, so a short list is not penalized.
    return sum(hits) / len(hits) if hits else 0.0


def recall_at_k(recommended, relevant, k):
    hits = _hits(recommended, relevant, k)
    return sum(hits) / len(set(relevant)) if relevant else 0.0


def average_precision_at_k(recommended, relevant, k):
    hits = _hits(recommended, relevant, k)
    if not relevant:
        return 0.0
    total, found = 0.0, 0
    for i, hit in enumerate(hits, start=1):
        if hit:
            found += 1
            total += found / i
    return total / min(k, len(set(relevant)))


def mean_average_precision_at_k(recommended_lists, relevant_lists, k):
    if len(recommended_lists) != len(relevant_lists) or not recommended_lists:
        raise ValueError("bad lists")
    return sum(average_precision_at_k(r, t, k) for r, t in zip(recommended_lists, relevant_lists)) / len(
        recommended_lists
    )
