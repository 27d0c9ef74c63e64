import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Elementwise logistic function, without overflow for any finite input."""
    z = np.asarray(z, dtype=np.float64)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1.0 + e)
    return out


def _check(X: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError(f"X must be a non-empty 2-D array, got shape {X.shape}")
    if y.shape != (X.shape[0],):
        raise ValueError(f"y must have shape ({X.shape[0]},), got {y.shape}")
    if np.any((y != 0) & (y != 1)):
        raise ValueError("y must contain only 0 and 1")
    if l2 < 0:
        raise ValueError(f"l2 must be >= 0, got {l2}")
    return X, y


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """P(y = 1 | x) for every row of X."""
    return sigmoid(np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b)


def loss(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, l2: float = 0.0) -> float:
    """Mean binary cross-entropy plus (l2/2)||w||^2, computed from the logits."""
    X, y = _check(X, y, l2)
    w = np.asarray(w, dtype=np.float64)
    z = X @ w + b
    # -[y log s(z) + (1-y) log(1 - s(z))] = log(1 + e^z) - y z
    return float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * (w @ w))


def gradient(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, l2: float = 0.0
) -> tuple[np.ndarray, float]:
    """(d loss / d w, d loss / d b)."""
    X, y = _check(X, y, l2)
    w = np.asarray(w, dtype=np.float64)
    error = sigmoid(X @ w + b) - y
    return X.T @ error / X.shape[0] + l2 * w, float(error.mean())


def fit(X: np.ndarray, y: np.ndarray, lr: float, steps: int, l2: float = 0.0) -> tuple[np.ndarray, float]:
    """Full-batch gradient descent from w = 0, b = 0."""
    X, y = _check(X, y, l2)
    if lr <= 0 or steps < 0:
        raise ValueError(f"need lr > 0 and steps >= 0, got lr={lr}, steps={steps}")
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        grad_w, grad_b = gradient(X, y, w, b, l2)
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, float(b)
