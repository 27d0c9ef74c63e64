import numpy as np


def _check(X, k):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 2 or not 1 <= k <= min(X.shape[0] - 1, X.shape[1]):
        raise ValueError("bad arguments")
    return X


def pca(X, k):
    X = _check(X, k)
    n = X.shape[0]
    mean = X.mean(axis=0)
    # Mistake: the one-pass "E[x x^T] - mu mu^T" covariance. It is algebraically right, but when
    # the mean is large next to the spread, the subtraction cancels almost every significant digit.
    cov = (X.T @ X - n * np.outer(mean, mean)) / (n - 1)
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1][:k]
    components = vectors[:, order].T.copy()
    peaks = np.argmax(np.abs(components), axis=1)
    components *= np.sign(components[np.arange(k), peaks])[:, None]
    return components, values[order], (X - mean) @ components.T


def reconstruct(X, k):
    X = _check(X, k)
    components, _, projected = pca(X, k)
    return projected @ components + X.mean(axis=0)
