import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1.0 + e)
    return out


def _check(X, y, l2):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] == 0 or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    if np.any((y != 0) & (y != 1)):
        raise ValueError("labels must be 0 or 1")
    if l2 < 0:
        raise ValueError("l2 must be >= 0")
    return X, y


def predict_proba(X, w, b):
    return sigmoid(np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b)


def loss(X, y, w, b, l2=0.0):
    X, y = _check(X, y, l2)
    w = np.asarray(w, dtype=np.float64)
    z = X @ w + b
    return float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * (w @ w))


def _raw_gradient(X, y, w, b, l2):
    error = sigmoid(X @ w + b) - y
    return X.T @ error / X.shape[0] + l2 * w, float(error.mean())


def gradient(X, y, w, b, l2=0.0):
    # Mistake: gradient is treated as an internal helper and never validates its arguments,
    # so labels like 0.5 or -1, a (n, 1) label column or a negative l2 give numbers, not errors.
    X, y = np.asarray(X, dtype=np.float64), np.asarray(y, dtype=np.float64)
    return _raw_gradient(X, y, np.asarray(w, dtype=np.float64), b, l2)


def fit(X, y, lr, steps, l2=0.0):
    X, y = _check(X, y, l2)
    if lr <= 0 or steps < 0:
        raise ValueError("need lr > 0 and steps >= 0")
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        grad_w, grad_b = _raw_gradient(X, y, w, b, l2)
        w, b = w - lr * grad_w, b - lr * grad_b
    return w, float(b)
