import numpy as np


def predict(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """Return the predictions X @ w + b, shape (n,)."""
    raise NotImplementedError


def fit_closed_form(X: np.ndarray, y: np.ndarray, l2: float = 0.0) -> tuple[np.ndarray, float]:
    """Return (w, b) minimizing 1/(2n) * ||X w + b - y||^2 + (l2 / 2) * ||w||^2 exactly.

    The bias b is not regularized. With l2 == 0 and a rank-deficient problem, return the
    minimum-norm w. Raises ValueError for bad shapes or l2 < 0.
    """
    raise NotImplementedError


def fit_gradient_descent(
    X: np.ndarray, y: np.ndarray, lr: float, steps: int, l2: float = 0.0
) -> tuple[np.ndarray, float]:
    """Return (w, b) after `steps` full-batch gradient-descent steps on the same objective,
    starting from w = 0, b = 0 and updating w and b simultaneously.

    Raises ValueError for bad shapes, l2 < 0, lr <= 0 or steps < 0.
    """
    raise NotImplementedError
