import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (components, explained_variance, projected) for the top-k principal components.

    X: (n, d) float array. components: (k, d), orthonormal rows sorted by decreasing variance,
    each signed so that its entry of largest absolute value is positive. explained_variance: (k,),
    the sample variance (divisor n - 1) along each component. projected: (n, k), the centred data
    in component coordinates.
    Raises ValueError unless X is 2-D with n >= 2 and 1 <= k <= min(n - 1, d).
    """
    raise NotImplementedError


def reconstruct(X: np.ndarray, k: int) -> np.ndarray:
    """Return the rank-k PCA reconstruction of X, shape (n, d) (mean added back)."""
    raise NotImplementedError
