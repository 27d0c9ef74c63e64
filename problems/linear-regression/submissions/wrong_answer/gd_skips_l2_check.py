import numpy as np


def _check_shapes(X, y):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] == 0 or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    return X, y


def predict(X, w, b):
    return np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b


def fit_closed_form(X, y, l2=0.0):
    X, y = _check_shapes(X, y)
    if l2 < 0:
        raise ValueError("l2 must be >= 0")
    n, d = X.shape
    xm, ym = X.mean(axis=0), y.mean()
    Xc, yc = X - xm, y - ym
    if l2 == 0:
        w = np.linalg.lstsq(Xc, yc, rcond=None)[0]
    else:
        w = np.linalg.solve(Xc.T @ Xc / n + l2 * np.eye(d), Xc.T @ yc / n)
    return w, float(ym - xm @ w)


def fit_gradient_descent(X, y, lr, steps, l2=0.0):
    X, y = _check_shapes(X, y)
    # Mistake: the argument checks were rewritten for this function and the l2 < 0 case was
    # dropped, so a negative l2 runs gradient *ascent* on the penalty instead of raising.
    if lr <= 0 or steps < 0:
        raise ValueError("need lr > 0 and steps >= 0")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        r = X @ w + b - y
        w, b = w - lr * (X.T @ r / n + l2 * w), b - lr * r.mean()
    return w, float(b)
