import numpy as np


def dcg_at_k(relevance: np.ndarray, k: int) -> float:
    """Discounted cumulative gain of the first k items of a ranked list of relevance grades."""
    rel = np.asarray(relevance, dtype=np.float64)
    if rel.ndim != 1:
        raise ValueError(f"relevance must be 1-D, got shape {rel.shape}")
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    if np.any(rel < 0):
        raise ValueError("relevance grades must be non-negative")
    top = rel[:k]
    discounts = np.log2(np.arange(2, top.size + 2))
    return float(np.sum((2.0 ** top - 1.0) / discounts))


def ndcg_at_k(scores: np.ndarray, relevance: np.ndarray, k: int) -> float:
    """nDCG@k of the ranking induced by scores (descending, ties by index) against relevance."""
    s = np.asarray(scores, dtype=np.float64)
    rel = np.asarray(relevance, dtype=np.float64)
    if s.ndim != 1 or s.shape != rel.shape:
        raise ValueError(f"scores and relevance must be 1-D of equal length, got {s.shape} and {rel.shape}")
    ranking = np.argsort(-s, kind="stable")
    ideal = dcg_at_k(np.sort(rel)[::-1], k)
    if ideal == 0:
        return 0.0
    return dcg_at_k(rel[ranking], k) / ideal
