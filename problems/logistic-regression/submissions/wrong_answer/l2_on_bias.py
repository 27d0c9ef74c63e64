import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))


def _check(X, y, l2):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] == 0 or y.shape != (X.shape[0],) or l2 < 0:
        raise ValueError("bad arguments")
    if np.any((y != 0) & (y != 1)):
        raise ValueError("labels must be 0/1")
    return X, y


def predict_proba(X, w, b):
    return sigmoid(np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b)


def loss(X, y, w, b, l2=0.0):
    X, y = _check(X, y, l2)
    w = np.asarray(w, dtype=np.float64)
    z = X @ w + b
    # Mistake: the bias is penalized like a weight.
    return float(np.mean(np.logaddexp(0, z) - y * z) + 0.5 * l2 * (w @ w + b * b))


def gradient(X, y, w, b, l2=0.0):
    X, y = _check(X, y, l2)
    w = np.asarray(w, dtype=np.float64)
    err = sigmoid(X @ w + b) - y
    return X.T @ err / len(y) + l2 * w, float(err.mean() + l2 * b)


def fit(X, y, lr, steps, l2=0.0):
    X, y = _check(X, y, l2)
    if lr <= 0 or steps < 0:
        raise ValueError("bad arguments")
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        gw, gb = gradient(X, y, w, b, l2)
        w, b = w - lr * gw, b - lr * gb
    return w, float(b)
