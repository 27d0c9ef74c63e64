"""Multi-head self-attention that masks by filling -1e9: fully masked query rows are not zero."""
import numpy as np


def _softmax_masked(scores: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    """Softmax over the last axis; masked-out entries get weight 0, all-masked rows all zeros."""
    if mask is not None:
        # Wrong: the usual masked_fill with a large negative number. Rows with some allowed key
        # come out right, but a row with no allowed key becomes uniform over all keys instead of 0.
        scores = np.where(np.asarray(mask, dtype=bool), scores, -1e9)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _split_heads(t: np.ndarray, num_heads: int) -> np.ndarray:
    """(..., n, d_model) -> (..., num_heads, n, d_head)."""
    *lead, n, d_model = t.shape
    return np.swapaxes(t.reshape(*lead, n, num_heads, d_model // num_heads), -2, -3)


def _merge_heads(t: np.ndarray) -> np.ndarray:
    """(..., num_heads, n, d_head) -> (..., n, num_heads * d_head)."""
    t = np.swapaxes(t, -2, -3)
    return t.reshape(*t.shape[:-2], t.shape[-2] * t.shape[-1])


def _check(x: np.ndarray, weights: list[np.ndarray], num_heads: int) -> None:
    d_model = x.shape[-1]
    if x.ndim < 2:
        raise ValueError(f"x must have shape (..., seq, d_model), got {x.shape}")
    if num_heads <= 0 or d_model % num_heads != 0:
        raise ValueError(f"d_model={d_model} is not divisible by num_heads={num_heads}")
    for w in weights:
        if w.shape != (d_model, d_model):
            raise ValueError(f"weight of shape {w.shape}, expected ({d_model}, {d_model})")


def attention_weights(
    x: np.ndarray, w_q: np.ndarray, w_k: np.ndarray, num_heads: int, mask: np.ndarray | None = None
) -> np.ndarray:
    """Return the attention probabilities of every head, shape (..., num_heads, seq, seq)."""
    x, w_q, w_k = (np.asarray(a, dtype=np.float64) for a in (x, w_q, w_k))
    _check(x, [w_q, w_k], num_heads)
    q = _split_heads(x @ w_q, num_heads)
    k = _split_heads(x @ w_k, num_heads)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    return _softmax_masked(scores, mask)


def multi_head_attention(
    x: np.ndarray,
    w_q: np.ndarray,
    w_k: np.ndarray,
    w_v: np.ndarray,
    w_o: np.ndarray,
    num_heads: int,
    mask: np.ndarray | None = None,
) -> np.ndarray:
    """Return multi-head self-attention of x, shape (..., seq, d_model)."""
    x, w_v, w_o = (np.asarray(a, dtype=np.float64) for a in (x, w_v, w_o))
    _check(x, [w_v, w_o], num_heads)
    weights = attention_weights(x, w_q, w_k, num_heads, mask)
    v = _split_heads(x @ w_v, num_heads)
    return _merge_heads(weights @ v) @ w_o
