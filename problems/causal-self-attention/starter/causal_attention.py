"""Causal (decoder-style) multi-head self-attention in NumPy."""
import numpy as np


def causal_mask(n: int) -> np.ndarray:
    """Return the (n, n) bool mask that is True where query i may attend to key j (j <= i).

    Raises:
        ValueError: n is negative.
    """
    raise NotImplementedError


def causal_self_attention(
    x: np.ndarray,
    w_qkv: np.ndarray,
    b_qkv: np.ndarray,
    w_o: np.ndarray,
    b_o: np.ndarray,
    num_heads: int,
) -> np.ndarray:
    """Return causal multi-head self-attention of x.

    Args:
        x: shape (..., seq, d_model); "..." is any number of batch dimensions.
        w_qkv: fused projection, shape (d_model, 3 * d_model): x @ w_qkv + b_qkv = [q | k | v].
        b_qkv: shape (3 * d_model,).
        w_o: output projection, shape (d_model, d_model).
        b_o: shape (d_model,).
        num_heads: must divide d_model.

    Returns:
        array of shape (..., seq, d_model); row t depends only on rows 0..t of x.

    Raises:
        ValueError: num_heads < 1 or does not divide d_model, or a weight/bias of the wrong shape.
    """
    raise NotImplementedError
