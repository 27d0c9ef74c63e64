import numpy as np


def gini(y):
    y = np.asarray(y)
    if y.size == 0:
        return 0.0
    _, counts = np.unique(y, return_counts=True)
    p = counts / y.size
    return float(1.0 - np.sum(p ** 2))


def best_split(X, y):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    n, d = X.shape
    parent = gini(y)
    # Mistake: gains are compared exactly (best starts at 0.0 and must be strictly beaten), with
    # no 1e-12 tolerance. Gains that are equal on paper but differ by rounding error then pick a
    # later feature or threshold, and a split whose gain is 0 plus rounding noise is returned
    # instead of None.
    best, best_gain = None, 0.0
    for j in range(d):
        values = np.unique(X[:, j])
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, j] <= t
            weighted = (left.sum() * gini(y[left]) + (~left).sum() * gini(y[~left])) / n
            gain = parent - weighted
            if gain > best_gain:
                best, best_gain = (j, float(t), float(gain)), gain
    return best
