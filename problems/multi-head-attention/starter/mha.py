"""Multi-head self-attention forward pass in NumPy."""
import numpy as np


def attention_weights(
    x: np.ndarray, w_q: np.ndarray, w_k: np.ndarray, num_heads: int, mask: np.ndarray | None = None
) -> np.ndarray:
    """Return the attention probabilities of every head.

    Args:
        x: input sequence(s), shape (..., seq, d_model); "..." is any number of batch dimensions.
        w_q, w_k: projection matrices, shape (d_model, d_model); queries are x @ w_q.
        num_heads: number of heads; must divide d_model.
        mask: optional bool array broadcastable to (..., num_heads, seq, seq); True = may attend.

    Returns:
        array of shape (..., num_heads, seq, seq); row i of head h is query i's distribution over
        the keys (all zeros if its mask row is all False).

    Raises:
        ValueError: d_model not divisible by num_heads (or num_heads < 1), or a weight not
            of shape (d_model, d_model).
    """
    raise NotImplementedError


def multi_head_attention(
    x: np.ndarray,
    w_q: np.ndarray,
    w_k: np.ndarray,
    w_v: np.ndarray,
    w_o: np.ndarray,
    num_heads: int,
    mask: np.ndarray | None = None,
) -> np.ndarray:
    """Return multi-head self-attention of x, shape (..., seq, d_model).

    Project x to queries, keys and values, split each into num_heads heads of size
    d_model // num_heads, run scaled dot-product attention in every head, concatenate the heads
    (head 0 first) and project with w_o. Same arguments and errors as attention_weights.
    """
    raise NotImplementedError
