import numpy as np


def _check(X, k):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 2 or not 1 <= k <= min(X.shape[0] - 1, X.shape[1]):
        raise ValueError("bad arguments")
    return X


def pca(X, k):
    X = _check(X, k)
    # Mistake: SVD of the raw data; without centring, the first "component" points at the mean.
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    components = vt[:k].copy()
    peaks = np.argmax(np.abs(components), axis=1)
    components *= np.sign(components[np.arange(k), peaks])[:, None]
    return components, s[:k] ** 2 / (X.shape[0] - 1), X @ components.T


def reconstruct(X, k):
    X = _check(X, k)
    components, _, projected = pca(X, k)
    return projected @ components
