import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Return 1 / (1 + exp(-z)) elementwise, without overflow for any finite z."""
    raise NotImplementedError


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """Return P(y = 1 | x) = sigmoid(x . w + b) for every row of X, shape (n,)."""
    raise NotImplementedError


def loss(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, l2: float = 0.0) -> float:
    """Return the mean binary cross-entropy plus (l2 / 2) * ||w||^2 (the bias is not penalized).

    Must be finite even when the model is confidently wrong (|x . w + b| in the hundreds).
    Raises ValueError for bad shapes, labels other than 0/1, or l2 < 0.
    """
    raise NotImplementedError


def gradient(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, l2: float = 0.0
) -> tuple[np.ndarray, float]:
    """Return (d loss / d w, d loss / d b)."""
    raise NotImplementedError


def fit(X: np.ndarray, y: np.ndarray, lr: float, steps: int, l2: float = 0.0) -> tuple[np.ndarray, float]:
    """Return (w, b) after `steps` full-batch gradient-descent steps from w = 0, b = 0.

    Raises ValueError like `loss`, and for lr <= 0 or steps < 0.
    """
    raise NotImplementedError
