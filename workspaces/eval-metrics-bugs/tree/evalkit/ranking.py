"""Metrics of rankings and scores."""

from evalkit._checks import binary, same_length


def precision_at_k(ranked, relevant, k):
    """The share of the top k ranked items that are relevant."""
    if k < 1:
        raise ValueError("k must be >= 1, was %d" % k)
    relevant = set(relevant)
    hits = sum(1 for item in ranked[:k] if item in relevant)
    return hits / len(relevant) if relevant else 0.0


def average_ranks(values):
    """The 1-based rank of each value in ascending order."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    for position, i in enumerate(order, start=1):
        ranks[i] = float(position)
    return ranks


def roc_auc(y_true, scores):
    """P(score of a random positive > score of a random negative), ties counting 1/2."""
    same_length(y_true, scores)
    binary(y_true)
    positives = sum(y_true)
    negatives = len(y_true) - positives
    if positives == 0 or negatives == 0:
        raise ValueError("roc_auc needs both classes")
    ranks = average_ranks(scores)
    rank_sum = sum(r for r, y in zip(ranks, y_true) if y == 1)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
