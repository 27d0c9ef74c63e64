import numpy as np


def kmeans(X: np.ndarray, k: int, seed: int, max_iters: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """Cluster the rows of X (shape (n, d)) into k clusters.

    Seeding: k-means++ with rng = np.random.default_rng(seed), drawing exactly as the statement says.
    Then Lloyd iterations until no label changes, or max_iters updates.

    Returns (centroids of shape (k, d), labels of shape (n,) with values in [0, k)).
    Raises ValueError for an empty or non-2-D X, k outside [1, n], max_iters < 0,
    or fewer than k distinct points.
    """
    raise NotImplementedError
