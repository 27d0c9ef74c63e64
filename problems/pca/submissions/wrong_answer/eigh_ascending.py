import numpy as np


def _check(X, k):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 2 or not 1 <= k <= min(X.shape[0] - 1, X.shape[1]):
        raise ValueError("bad arguments")
    return X


def pca(X, k):
    X = _check(X, k)
    Xc = X - X.mean(axis=0)
    cov = Xc.T @ Xc / (X.shape[0] - 1)
    values, vectors = np.linalg.eigh(cov)
    # Mistake: eigh returns eigenvalues in ascending order; this keeps the k smallest.
    components = vectors[:, :k].T.copy()
    peaks = np.argmax(np.abs(components), axis=1)
    components *= np.sign(components[np.arange(k), peaks])[:, None]
    return components, values[:k], Xc @ components.T


def reconstruct(X, k):
    X = _check(X, k)
    components, _, projected = pca(X, k)
    return projected @ components + X.mean(axis=0)
