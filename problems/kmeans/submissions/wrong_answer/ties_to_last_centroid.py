import numpy as np


def kmeans(X, k, seed, max_iters=100):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] == 0 or not 1 <= k <= X.shape[0] or max_iters < 0:
        raise ValueError("bad arguments")
    if len(np.unique(X, axis=0)) < k:
        raise ValueError("too few distinct points")
    n = X.shape[0]
    rng = np.random.default_rng(seed)
    chosen = [int(rng.integers(n))]
    d2 = np.sum((X - X[chosen[0]]) ** 2, axis=1)
    for _ in range(1, k):
        index = int(rng.choice(n, p=d2 / d2.sum()))
        chosen.append(index)
        d2 = np.minimum(d2, np.sum((X - X[index]) ** 2, axis=1))
    centers = X[chosen].copy()

    def assign(c):
        labels = np.zeros(n, dtype=np.int64)
        best = np.full(n, np.inf)
        for j in range(k):
            d = np.sum((X - c[j]) ** 2, axis=1)
            # Mistake: "<=" lets a later centroid take over a point that is exactly as close,
            # so ties go to the larger index instead of the smaller one.
            closer = d <= best
            labels[closer] = j
            best[closer] = d[closer]
        return labels

    labels = assign(centers)
    for _ in range(max_iters):
        for j in range(k):
            if np.any(labels == j):
                centers[j] = X[labels == j].mean(axis=0)
        new = assign(centers)
        if np.array_equal(new, labels):
            break
        labels = new
    return centers, labels
