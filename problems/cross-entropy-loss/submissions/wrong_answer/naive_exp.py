import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    # Mistake: no max subtraction, so exp overflows for large logits.
    e = np.exp(logits)
    return e / np.sum(e, axis=-1, keepdims=True)


def cross_entropy(logits, targets, ignore_index=-100):
    logits = np.asarray(logits, dtype=np.float64)
    targets = np.asarray(targets)
    if logits.ndim != 2 or targets.shape != (logits.shape[0],):
        raise ValueError("bad shapes")
    n, c = logits.shape
    keep = targets != ignore_index
    if np.any((targets[keep] < 0) | (targets[keep] >= c)):
        raise ValueError("target out of range")
    count = int(keep.sum())
    grad = np.zeros_like(logits)
    if count == 0:
        return 0.0, grad
    rows = np.flatnonzero(keep)
    cols = targets[keep].astype(np.int64)
    probs = softmax(logits[rows])
    loss = float(-np.mean(np.log(probs[np.arange(count), cols])))
    probs[np.arange(count), cols] -= 1.0
    grad[rows] = probs / count
    return loss, grad
