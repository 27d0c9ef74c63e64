import numpy as np


def _check(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    if y.ndim != 1 or s.shape != y.shape:
        raise ValueError(f"y_true and scores must be 1-D of equal length, got {y.shape} and {s.shape}")
    if np.any((y != 0) & (y != 1)):
        raise ValueError("y_true must contain only 0 and 1")
    if y.sum() == 0 or y.sum() == y.size:
        raise ValueError("ROC AUC needs at least one positive and one negative")
    return y.astype(np.int64), s


def roc_curve(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ROC points (fpr, tpr) for every distinct threshold, highest first, after a leading (0, 0)."""
    y, s = _check(y_true, scores)
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    # The last index of each run of equal scores: all tied samples cross the threshold together.
    ends = np.flatnonzero(np.r_[s[1:] != s[:-1], True])
    tp = np.cumsum(y)[ends]
    fp = (ends + 1) - tp
    tpr = np.r_[0.0, tp / y.sum()]
    fpr = np.r_[0.0, fp / (y.size - y.sum())]
    return fpr, tpr, np.r_[np.inf, s[ends]]


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Probability that a random positive outscores a random negative, ties counting 1/2."""
    fpr, tpr, _ = roc_curve(y_true, scores)
    # Trapezoids: a tied block of positives and negatives is a diagonal segment, worth half.
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
