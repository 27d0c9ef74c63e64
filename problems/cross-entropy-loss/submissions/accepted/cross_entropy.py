import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, stable for logits of any magnitude."""
    z = logits - np.max(logits, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


def cross_entropy(
    logits: np.ndarray, targets: np.ndarray, ignore_index: int = -100
) -> tuple[float, np.ndarray]:
    """Mean cross-entropy of integer targets under softmax(logits), and its gradient."""
    logits = np.asarray(logits, dtype=np.float64)
    targets = np.asarray(targets)
    if logits.ndim != 2:
        raise ValueError(f"logits must have shape (N, C), got {logits.shape}")
    n, c = logits.shape
    if targets.shape != (n,):
        raise ValueError(f"targets must have shape ({n},), got {targets.shape}")
    keep = targets != ignore_index
    if np.any((targets[keep] < 0) | (targets[keep] >= c)):
        raise ValueError(f"targets must be in [0, {c}) or equal ignore_index={ignore_index}")
    count = int(keep.sum())
    grad = np.zeros_like(logits)
    if count == 0:
        return 0.0, grad

    rows = np.flatnonzero(keep)
    cols = targets[keep].astype(np.int64)
    shifted = logits[rows] - np.max(logits[rows], axis=1, keepdims=True)
    log_z = np.log(np.sum(np.exp(shifted), axis=1))
    log_probs = shifted[np.arange(count), cols] - log_z
    loss = float(-np.mean(log_probs))

    probs = np.exp(shifted - log_z[:, None])
    probs[np.arange(count), cols] -= 1.0
    grad[rows] = probs / count
    return loss, grad
