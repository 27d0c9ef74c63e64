import numpy as np


def roc_curve(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (fpr, tpr, thresholds), each of shape (m + 1,) for m distinct scores.

    thresholds[0] is +inf (nothing predicted positive, the point (0, 0)); then the distinct scores
    in decreasing order. Point i predicts positive every sample with score >= thresholds[i].
    Raises ValueError unless y_true holds only 0/1, matches scores in length, and has both classes.
    """
    raise NotImplementedError


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Return the area under the ROC curve; a tie between a positive and a negative counts 1/2."""
    raise NotImplementedError
