import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    """Return softmax over the last axis of `logits` (any shape); finite for any finite input."""
    raise NotImplementedError


def cross_entropy(
    logits: np.ndarray, targets: np.ndarray, ignore_index: int = -100
) -> tuple[float, np.ndarray]:
    """Return (loss, dlogits) for logits of shape (N, C) and integer targets of shape (N,).

    loss is the mean negative log-likelihood over the rows whose target is not `ignore_index`
    (0.0 when every row is ignored); dlogits is d loss / d logits, shape (N, C), zero on ignored rows.
    Raises ValueError for bad shapes or a target outside [0, C) that is not ignore_index.
    """
    raise NotImplementedError
