def precision_at_k(recommended: list[int], relevant: list[int], k: int) -> float:
    """Return (number of relevant items among the first k recommended) / k.

    `recommended` is ranked, best first, and may be shorter than k (missing slots are misses).
    A repeated item counts at most once (its first occurrence). Raises ValueError when k < 1.
    """
    raise NotImplementedError


def recall_at_k(recommended: list[int], relevant: list[int], k: int) -> float:
    """Return (number of relevant items among the first k recommended) / (number of relevant items).

    Returns 0.0 when `relevant` is empty. Raises ValueError when k < 1.
    """
    raise NotImplementedError


def average_precision_at_k(recommended: list[int], relevant: list[int], k: int) -> float:
    """Return AP@k: the sum of precision@i over the positions i <= k holding a hit,
    divided by min(k, number of relevant items). 0.0 when `relevant` is empty."""
    raise NotImplementedError


def mean_average_precision_at_k(
    recommended_lists: list[list[int]], relevant_lists: list[list[int]], k: int
) -> float:
    """Return MAP@k, the mean of AP@k over users. Raises ValueError for lists of different
    lengths or no users."""
    raise NotImplementedError
