"""Scaled dot-product attention in NumPy."""
import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Return the softmax of `x` along `axis`.

    Works for an array of any shape; every slice along `axis` of the result is non-negative and
    sums to 1. Must stay finite for logits of magnitude 10^4 and more.
    """
    raise NotImplementedError


def scaled_dot_product_attention(
    q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: np.ndarray | None = None
) -> np.ndarray:
    """Return softmax(q @ k^T / sqrt(d_k)) @ v.

    Args:
        q: queries, shape (..., seq_q, d_k).
        k: keys, shape (..., seq_k, d_k).
        v: values, shape (..., seq_k, d_v).
        mask: optional bool array broadcastable to (..., seq_q, seq_k); True where query i may
            attend to key j. The leading dimensions ("...") of q, k, v and mask broadcast.

    Returns:
        float array of shape (..., seq_q, d_v). A query whose mask row is all False gets zeros.

    Raises:
        ValueError: q and k disagree on d_k, or k and v disagree on seq_k.
    """
    raise NotImplementedError
