"""Cross-attention that masks padding by filling -1e9: a fully padded context is not zeroed."""
import numpy as np


def _heads(t: np.ndarray, num_heads: int) -> np.ndarray:
    """(..., n, d_model) -> (..., num_heads, n, d_head)."""
    *lead, n, d = t.shape
    return np.swapaxes(t.reshape(*lead, n, num_heads, d // num_heads), -2, -3)


def cross_attention(
    x: np.ndarray,
    context: np.ndarray,
    w_q: np.ndarray,
    w_k: np.ndarray,
    w_v: np.ndarray,
    w_o: np.ndarray,
    num_heads: int,
    context_mask: np.ndarray | None = None,
) -> np.ndarray:
    """Return cross-attention of x (..., n_q, d_model) over context (..., n_k, d_ctx): (..., n_q, d_model)."""
    x, context, w_q, w_k, w_v, w_o = (np.asarray(a, dtype=np.float64) for a in (x, context, w_q, w_k, w_v, w_o))
    d_model, d_ctx = x.shape[-1], context.shape[-1]
    if x.shape[:-2] != context.shape[:-2]:
        raise ValueError(f"x {x.shape} and context {context.shape} have different batch dimensions")
    if num_heads < 1 or d_model % num_heads:
        raise ValueError(f"d_model={d_model} is not divisible by num_heads={num_heads}")
    if w_q.shape != (d_model, d_model) or w_o.shape != (d_model, d_model):
        raise ValueError(f"w_q and w_o must be ({d_model}, {d_model})")
    if w_k.shape != (d_ctx, d_model) or w_v.shape != (d_ctx, d_model):
        raise ValueError(f"w_k and w_v must be ({d_ctx}, {d_model})")

    q = _heads(x @ w_q, num_heads)                 # (..., h, n_q, d_head)
    k = _heads(context @ w_k, num_heads)           # (..., h, n_k, d_head)
    v = _heads(context @ w_v, num_heads)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])   # (..., h, n_q, n_k)

    if context_mask is None:
        weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
        weights /= weights.sum(axis=-1, keepdims=True)
    else:
        mask = np.asarray(context_mask, dtype=bool)
        if mask.shape != context.shape[:-1]:
            raise ValueError(f"context_mask must have shape {context.shape[:-1]}, got {mask.shape}")
        mask = np.broadcast_to(mask[..., None, None, :], scores.shape)  # same for every head and query
        # Wrong: masked_fill with a large negative number. Fine while some context token is real,
        # but a fully padded context gets uniform weights (the mean of the padded values), not zeros.
        masked = np.where(mask, scores, -1e9)
        weights = np.exp(masked - masked.max(axis=-1, keepdims=True))
        weights /= weights.sum(axis=-1, keepdims=True)

    out = np.swapaxes(weights @ v, -2, -3)         # (..., n_q, h, d_head)
    return out.reshape(*out.shape[:-2], d_model) @ w_o
