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
        # Mistake: deterministic farthest-point seeding instead of sampling proportionally to D^2.
        index = int(np.argmax(d2))
        chosen.append(index)
        d2 = np.minimum(d2, np.sum((X - X[index]) ** 2, axis=1))
    centers = X[chosen].copy()

    def assign(c):
        return np.argmin(((X[:, None, :] - c[None]) ** 2).sum(-1), axis=1)

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
