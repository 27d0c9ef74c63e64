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
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            mask = X[:, j] <= t
            # Mistake: plain average of the children, ignoring how many samples each holds.
            child = (gini(y[mask]) + gini(y[~mask])) / 2
            gain = parent - child
            if best is None or gain > best[2] + 1e-12:
                best = (j, float(t), float(gain))
    if best is None or best[2] <= 1e-12:
        return None
    return best
