import numpy as np


def dcg_at_k(relevance, k):
    rel = np.asarray(relevance, dtype=np.float64)
    if rel.ndim != 1 or k < 1 or np.any(rel < 0):
        raise ValueError("bad input")
    top = rel[:k]
    return float(np.sum((2.0 ** top - 1) / np.log2(np.arange(2, top.size + 2))))


def ndcg_at_k(scores, relevance, k):
    s = np.asarray(scores, dtype=np.float64)
    rel = np.asarray(relevance, dtype=np.float64)
    if s.ndim != 1 or s.shape != rel.shape:
        raise ValueError("bad shapes")
    # Mistake: ascending sort reversed, so among equal scores the later item comes first.
    ranking = np.argsort(s, kind="stable")[::-1]
    ideal = dcg_at_k(np.sort(rel)[::-1], k)
    return 0.0 if ideal == 0 else dcg_at_k(rel[ranking], k) / ideal
