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
    # Mistake: a column of ones for the bias, then ridge on every coefficient, bias included.
    A = np.hstack([X, np.ones((n, 1))])
    if l2 == 0:
        theta = np.linalg.lstsq(A, y, rcond=None)[0]
    else:
        theta = np.linalg.solve(A.T @ A / n + l2 * np.eye(d + 1), A.T @ y / n)
    return theta[:d], float(theta[d])


def fit_gradient_descent(X, y, lr, steps, l2=0.0):
    X, y = _check(X, y, l2)
    if lr <= 0 or steps < 0:
        raise ValueError("bad arguments")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        r = X @ w + b - y
        gw = X.T @ r / n + l2 * w
        gb = r.mean() + l2 * b
        w, b = w - lr * gw, b - lr * gb
    return w, float(b)
