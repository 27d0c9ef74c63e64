import numpy as np


def dcg_at_k(relevance: np.ndarray, k: int) -> float:
    """Return DCG@k = sum over the first min(k, n) positions i (1-based) of (2^rel_i - 1) / log2(i + 1).

    `relevance` lists the graded relevance of each item in ranked order (best first).
    Raises ValueError when relevance is not 1-D, has a negative grade, or k < 1.
    """
    raise NotImplementedError


def ndcg_at_k(scores: np.ndarray, relevance: np.ndarray, k: int) -> float:
    """Return nDCG@k of the ranking by decreasing score (ties: smaller index first).

    relevance[i] is the true grade of item i. Returns 0.0 when no item is relevant.
    Raises ValueError like dcg_at_k, and when scores and relevance differ in shape.
    """
    raise NotImplementedError
