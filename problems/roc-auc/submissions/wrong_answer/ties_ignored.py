import numpy as np


def _check(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    if y.ndim != 1 or s.shape != y.shape or np.any((y != 0) & (y != 1)):
        raise ValueError("bad input")
    if y.sum() == 0 or y.sum() == y.size:
        raise ValueError("need both classes")
    return y.astype(np.int64), s


def roc_curve(y_true, scores):
    y, s = _check(y_true, scores)
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    ends = np.flatnonzero(np.r_[s[1:] != s[:-1], True])
    tp = np.cumsum(y)[ends]
    fp = (ends + 1) - tp
    return np.r_[0.0, fp / (y.size - y.sum())], np.r_[0.0, tp / y.sum()], np.r_[np.inf, s[ends]]


def roc_auc(y_true, scores):
    y, s = _check(y_true, scores)
    # Mistake: Mann-Whitney with ordinal ranks; tied scores get distinct ranks by position
    # instead of their average rank.
    ranks = np.empty(len(s))
    ranks[np.argsort(s, kind="stable")] = np.arange(1, len(s) + 1)
    p = y.sum()
    n = len(y) - p
    return float((ranks[y == 1].sum() - p * (p + 1) / 2) / (p * n))
