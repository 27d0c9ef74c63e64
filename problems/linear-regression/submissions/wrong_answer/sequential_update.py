import numpy as np


def _check(X, y, l2):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] == 0 or y.shape != (X.shape[0],) or l2 < 0:
        raise ValueError("bad arguments")
    return X, y


def predict(X, w, b):
    return np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b


def fit_closed_form(X, y, l2=0.0):
    X, y = _check(X, y, l2)
    n, d = X.shape
    xm, ym = X.mean(axis=0), y.mean()
    Xc, yc = X - xm, y - ym
    if l2 == 0:
        w = np.linalg.pinv(Xc) @ yc
    else:
        w = np.linalg.solve(Xc.T @ Xc / n + l2 * np.eye(d), Xc.T @ yc / n)
    return w, float(ym - xm @ w)


def fit_gradient_descent(X, y, lr, steps, l2=0.0):
    X, y = _check(X, y, l2)
    if lr <= 0 or steps < 0:
        raise ValueError("bad arguments")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        w = w - lr * (X.T @ (X @ w + b - y) / n + l2 * w)
        # Mistake: the bias gradient is computed after w has already moved.
        b = b - lr * np.mean(X @ w + b - y)
    return w, float(b)
