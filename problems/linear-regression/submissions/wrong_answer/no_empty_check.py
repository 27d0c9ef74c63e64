import numpy as np


def _check(X: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError(f"X must be a non-empty 2-D array, got shape {X.shape}")
    if y.shape != (X.shape[0],):
        raise ValueError(f"y must have shape ({X.shape[0]},), got {y.shape}")
    if l2 < 0:
        raise ValueError(f"l2 must be >= 0, got {l2}")
    return X, y


def predict(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """Return X @ w + b."""
    return np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b


def fit_closed_form(X: np.ndarray, y: np.ndarray, l2: float = 0.0) -> tuple[np.ndarray, float]:
    """Exact minimizer (w, b) of the mean squared error plus (l2/2)||w||^2; b is not penalized."""
    X, y = _check(X, y, l2)
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    if l2 == 0:
        w = np.linalg.lstsq(Xc, yc, rcond=None)[0]  # minimum-norm when Xc is rank-deficient
    else:
        w = np.linalg.solve(Xc.T @ Xc / n + l2 * np.eye(d), Xc.T @ yc / n)
    return w, float(y_mean - x_mean @ w)


def fit_gradient_descent(
    X: np.ndarray, y: np.ndarray, lr: float, steps: int, l2: float = 0.0
) -> tuple[np.ndarray, float]:
    """Full-batch gradient descent from w = 0, b = 0 on the same objective."""
    X, y = _check(X, y, l2)
    if lr <= 0 or steps < 0:
        raise ValueError(f"need lr > 0 and steps >= 0, got lr={lr}, steps={steps}")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        residual = X @ w + b - y
        grad_w = X.T @ residual / n + l2 * w
        grad_b = residual.mean()
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, float(b)
