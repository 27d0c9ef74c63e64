import numpy as np


def _check(X: np.ndarray, k: int) -> np.ndarray:
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError(f"X must be 2-D with at least 2 rows, got shape {X.shape}")
    limit = min(X.shape[0] - 1, X.shape[1])
    if not 1 <= k <= limit:
        raise ValueError(f"k must be in [1, {limit}], got {k}")
    return X


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Top-k principal components, their variances, and the data projected onto them."""
    X = _check(X, k)
    mean = X.mean(axis=0)
    Xc = X - mean
    # Right singular vectors of the centred data are the covariance eigenvectors, sorted by
    # decreasing singular value; s^2 / (n - 1) are the eigenvalues.
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    components = vt[:k].copy()
    peaks = np.argmax(np.abs(components), axis=1)
    signs = np.sign(components[np.arange(k), peaks])
    components *= signs[:, None]
    variance = s[:k] ** 2 / (X.shape[0] - 1)
    return components, variance, Xc @ components.T


def reconstruct(X: np.ndarray, k: int) -> np.ndarray:
    """Project X onto its top-k principal subspace and map back to the original space."""
    X = _check(X, k)
    components, _, projected = pca(X, k)
    return projected @ components + X.mean(axis=0)
