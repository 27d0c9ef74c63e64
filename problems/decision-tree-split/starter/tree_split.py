import numpy as np


def gini(y: np.ndarray) -> float:
    """Return the Gini impurity 1 - sum_c p_c^2 of the labels in y (0.0 when y is empty)."""
    raise NotImplementedError


def best_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float] | None:
    """Return (feature, threshold, gain) of the best split `X[:, feature] <= threshold`, or None.

    X: (n, d) floats; y: (n,) integer class labels. Thresholds are midpoints between consecutive
    distinct values of a feature. Gain = gini(parent) - size-weighted gini of the two children.
    Ties (gains within 1e-12): smaller feature index, then smaller threshold.
    Returns None when no split has a gain above 1e-12. Raises ValueError for bad shapes.
    """
    raise NotImplementedError
