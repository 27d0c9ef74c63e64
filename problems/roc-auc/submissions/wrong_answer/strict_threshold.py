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
    thresholds = np.r_[np.inf, np.unique(s)[::-1]]
    p, n = y.sum(), len(y) - y.sum()
    # Mistake: "score > threshold" is predicted positive, so each point lags one threshold behind.
    tpr = np.array([((s > t) & (y == 1)).sum() / p for t in thresholds])
    fpr = np.array([((s > t) & (y == 0)).sum() / n for t in thresholds])
    return fpr, tpr, thresholds


def roc_auc(y_true, scores):
    y, s = _check(y_true, scores)
    pos, neg = s[y == 1], s[y == 0]
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))
