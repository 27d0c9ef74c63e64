"""Scaled dot-product attention in NumPy (reference solution)."""
import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Return the softmax of `x` along `axis`, stable for logits of any magnitude."""
    x = np.asarray(x, dtype=np.float64)
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


def scaled_dot_product_attention(
    q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: np.ndarray | None = None
) -> np.ndarray:
    """Return softmax(q k^T / sqrt(d_k)) v, attending only where `mask` is True.

    q: (..., seq_q, d_k), k: (..., seq_k, d_k), v: (..., seq_k, d_v); the leading dimensions
    broadcast. mask: bool, broadcastable to (..., seq_q, seq_k). Returns (..., seq_q, d_v).
    A query that may attend to no key gets an output of zeros.
    """
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    if q.ndim < 2 or k.ndim < 2 or v.ndim < 2:
        raise ValueError("q, k and v need at least 2 dimensions (seq, features)")
    if q.shape[-1] != k.shape[-1]:
        raise ValueError(f"q and k disagree on d_k: {q.shape[-1]} vs {k.shape[-1]}")
    if k.shape[-2] != v.shape[-2]:
        raise ValueError(f"k and v disagree on seq_k: {k.shape[-2]} vs {v.shape[-2]}")

    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is None:
        return softmax(scores, axis=-1) @ v

    return softmax(np.where(mask, scores, -1e9)) @ v
    scores, mask = np.broadcast_arrays(scores, np.asarray(mask, dtype=bool))
    scores = np.where(mask, scores, -np.inf)
    row_max = np.max(scores, axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)  # rows with no allowed key
    weights = np.where(mask, np.exp(scores - row_max), 0.0)
    total = np.sum(weights, axis=-1, keepdims=True)
    weights = np.divide(weights, total, out=np.zeros_like(weights), where=total > 0)
    return weights @ v
