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
    # Mistake: "robust" tie detection with np.isclose, so scores that differ by less than about
    # 1e-8 are merged into one threshold although the statement counts only exact equality as a tie.
    ends = np.flatnonzero(np.r_[~np.isclose(s[1:], s[:-1]), True])
    tp = np.cumsum(y)[ends]
    fp = (ends + 1) - tp
    return np.r_[0.0, fp / (y.size - y.sum())], np.r_[0.0, tp / y.sum()], np.r_[np.inf, s[ends]]


def roc_auc(y_true, scores):
    fpr, tpr, _ = roc_curve(y_true, scores)
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
