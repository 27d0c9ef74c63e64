import numpy as np


def cosine_similarity(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """Return the (m, n) cosine similarities between the rows of A (m, d) and B (n, d).

    A similarity involving an all-zero row is 0.0. Raises ValueError unless both are 2-D with the
    same number of columns.
    """
    raise NotImplementedError


def cosine_top_k(queries: np.ndarray, corpus: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (indices, scores), both of shape (m, min(k, n)).

    Row q lists the corpus rows most similar to queries[q], by decreasing cosine similarity;
    equal scores are ordered by increasing corpus index. indices are integers.
    Raises ValueError when k < 1 or the shapes do not fit.
    """
    raise NotImplementedError
