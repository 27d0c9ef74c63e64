# Known wrong: the default argsort (quicksort, not stable). Small tie groups happen to come out in
# index order, but a tie group of dozens of documents does not.
import numpy as np


def _normalize(X: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return np.divide(X, norms, out=np.zeros_like(X), where=norms > 0)


def cosine_similarity(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """(m, n) matrix of cosine similarities between the rows of A and B; 0 for zero vectors."""
    A = np.asarray(A, dtype=np.float64)
    B = np.asarray(B, dtype=np.float64)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[1]:
        raise ValueError(f"need 2-D arrays of equal width, got {A.shape} and {B.shape}")
    return _normalize(A) @ _normalize(B).T


def cosine_top_k(queries: np.ndarray, corpus: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and scores of the k corpus rows most similar to each query, best first."""
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    sims = cosine_similarity(queries, corpus)
    k = min(k, sims.shape[1])
    order = np.argsort(-sims, axis=1)[:, :k]
    return order, np.take_along_axis(sims, order, axis=1)
