"""Grouped-query attention (known wrong: tiles the key/value heads, so query head i uses kv head i % g)."""
import numpy as np


def repeat_kv(kv: np.ndarray, n_rep: int) -> np.ndarray:
    """Repeat each key/value head n_rep times in place: (..., g, n, d) -> (..., g * n_rep, n, d).

    Output head j is input head j // n_rep, so consecutive query heads share a key/value head.
    """
    if n_rep < 1:
        raise ValueError(f"n_rep must be at least 1, got {n_rep}")
    kv = np.asarray(kv, dtype=np.float64)
    reps = [1] * kv.ndim
    reps[-3] = n_rep
    return np.tile(kv, reps)  # [h0, h1, h0, h1] instead of [h0, h0, h1, h1]


def _heads(t: np.ndarray, count: int) -> np.ndarray:
    """(..., n, count * d) -> (..., count, n, d)."""
    *lead, n, width = t.shape
    return np.swapaxes(t.reshape(*lead, n, count, width // count), -2, -3)


def grouped_query_attention(
    x: np.ndarray,
    w_q: np.ndarray,
    w_k: np.ndarray,
    w_v: np.ndarray,
    w_o: np.ndarray,
    num_heads: int,
    num_kv_heads: int,
    causal: bool = False,
) -> np.ndarray:
    """Return grouped-query self-attention of x (..., seq, d_model), shape (..., seq, d_model)."""
    x, w_q, w_k, w_v, w_o = (np.asarray(a, dtype=np.float64) for a in (x, w_q, w_k, w_v, w_o))
    d_model = x.shape[-1]
    if num_heads < 1 or num_kv_heads < 1 or num_heads % num_kv_heads:
        raise ValueError(f"num_heads={num_heads} must be a positive multiple of num_kv_heads={num_kv_heads}")
    if w_q.shape[0] != d_model or w_q.shape[1] % num_heads:
        raise ValueError(f"w_q of shape {w_q.shape} does not split into {num_heads} heads over d_model={d_model}")
    d_head = w_q.shape[1] // num_heads
    kv_shape = (d_model, num_kv_heads * d_head)
    if w_k.shape != kv_shape or w_v.shape != kv_shape:
        raise ValueError(f"w_k and w_v must have shape {kv_shape}, got {w_k.shape} and {w_v.shape}")
    if w_o.shape != (num_heads * d_head, d_model):
        raise ValueError(f"w_o must have shape {(num_heads * d_head, d_model)}, got {w_o.shape}")

    n_rep = num_heads // num_kv_heads
    q = _heads(x @ w_q, num_heads)                        # (..., h, n, d_head)
    k = repeat_kv(_heads(x @ w_k, num_kv_heads), n_rep)   # (..., h, n, d_head)
    v = repeat_kv(_heads(x @ w_v, num_kv_heads), n_rep)

    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_head)
    if causal:
        n = x.shape[-2]
        scores = np.where(np.tril(np.ones((n, n), dtype=bool)), scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    out = np.swapaxes(weights @ v, -2, -3)                # (..., n, h, d_head)
    return out.reshape(*out.shape[:-2], num_heads * d_head) @ w_o
