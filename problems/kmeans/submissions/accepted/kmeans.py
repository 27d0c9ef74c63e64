import numpy as np


def _squared_distances(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """(n, k) squared Euclidean distances between the rows of X and the centers."""
    diff = X[:, None, :] - centers[None, :, :]
    return np.einsum("nkd,nkd->nk", diff, diff)


def _init_plus_plus(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    n = X.shape[0]
    chosen = [int(rng.integers(n))]
    d2 = np.sum((X - X[chosen[0]]) ** 2, axis=1)
    for _ in range(1, k):
        index = int(rng.choice(n, p=d2 / d2.sum()))
        chosen.append(index)
        d2 = np.minimum(d2, np.sum((X - X[index]) ** 2, axis=1))
    return X[chosen].copy()


def _assign(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    return np.argmin(_squared_distances(X, centers), axis=1)


def _update(X: np.ndarray, labels: np.ndarray, centers: np.ndarray) -> np.ndarray:
    new = centers.copy()
    for j in range(centers.shape[0]):
        members = X[labels == j]
        if len(members) > 0:
            new[j] = members.mean(axis=0)
    return new


def kmeans(X: np.ndarray, k: int, seed: int, max_iters: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """Cluster the rows of X into k clusters: k-means++ seeding, then Lloyd iterations."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"X must be a non-empty 2-D array, got shape {X.shape}")
    if not 1 <= k <= X.shape[0]:
        raise ValueError(f"k must be in [1, {X.shape[0]}], got {k}")
    if max_iters < 0:
        raise ValueError(f"max_iters must be >= 0, got {max_iters}")
    if len(np.unique(X, axis=0)) < k:
        raise ValueError(f"X has fewer than k={k} distinct points")

    rng = np.random.default_rng(seed)
    centers = _init_plus_plus(X, k, rng)
    labels = _assign(X, centers)
    for _ in range(max_iters):
        centers = _update(X, labels, centers)
        new_labels = _assign(X, centers)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    return centers, labels
