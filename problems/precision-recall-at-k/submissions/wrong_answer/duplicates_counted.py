def _hits(recommended, relevant, k):
    if k < 1:
        raise ValueError("k must be >= 1")
    wanted = set(relevant)
    # Mistake: a relevant item recommended twice is counted as two hits.
    return [item in wanted for item in recommended[:k]]


def precision_at_k(recommended, relevant, k):
    return sum(_hits(recommended, relevant, k)) / k


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
