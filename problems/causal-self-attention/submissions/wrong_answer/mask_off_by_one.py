"""Causal self-attention (known wrong: the mask lets each token see one token ahead)."""
import numpy as np


def causal_mask(n: int) -> np.ndarray:
    """Return the (n, n) bool mask that is True where query i may attend to key j, i.e. j <= i."""
    if n < 0:
        raise ValueError(f"n must be non-negative, got {n}")
    return np.tril(np.ones((n, n), dtype=bool), k=1)  # off by one: j <= i + 1


def causal_self_attention(
    x: np.ndarray,
    w_qkv: np.ndarray,
    b_qkv: np.ndarray,
    w_o: np.ndarray,
    b_o: np.ndarray,
    num_heads: int,
) -> np.ndarray:
    """Return causal multi-head self-attention of x (..., seq, d_model), same shape."""
    x, w_qkv, b_qkv, w_o, b_o = (np.asarray(a, dtype=np.float64) for a in (x, w_qkv, b_qkv, w_o, b_o))
    *lead, n, d = x.shape
    if num_heads < 1 or d % num_heads:
        raise ValueError(f"d_model={d} is not divisible by num_heads={num_heads}")
    if w_qkv.shape != (d, 3 * d) or b_qkv.shape != (3 * d,):
        raise ValueError(f"w_qkv must be ({d}, {3 * d}) and b_qkv ({3 * d},)")
    if w_o.shape != (d, d) or b_o.shape != (d,):
        raise ValueError(f"w_o must be ({d}, {d}) and b_o ({d},)")
    d_head = d // num_heads

    qkv = x @ w_qkv + b_qkv                                  # (..., n, 3d)
    q, k, v = np.split(qkv, 3, axis=-1)                       # each (..., n, d)

    def heads(t: np.ndarray) -> np.ndarray:                  # (..., h, n, d_head)
        return np.swapaxes(t.reshape(*lead, n, num_heads, d_head), -2, -3)

    q, k, v = heads(q), heads(k), heads(v)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_head)     # (..., h, n, n)
    scores = np.where(causal_mask(n), scores, -np.inf)        # the diagonal is always allowed
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    out = np.swapaxes(weights @ v, -2, -3).reshape(*lead, n, d)
    return out @ w_o + b_o
