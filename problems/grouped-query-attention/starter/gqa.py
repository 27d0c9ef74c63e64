"""Grouped-query attention (GQA) in NumPy."""
import numpy as np


def repeat_kv(kv: np.ndarray, n_rep: int) -> np.ndarray:
    """Repeat each key/value head n_rep times: (..., g, n, d) -> (..., g * n_rep, n, d).

    Output head j is input head j // n_rep (copies of one head are adjacent).

    Raises:
        ValueError: n_rep < 1.
    """
    raise NotImplementedError


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
    """Return grouped-query self-attention of x.

    Args:
        x: shape (..., seq, d_model).
        w_q: (d_model, num_heads * d_head); d_head = w_q.shape[1] // num_heads.
        w_k, w_v: (d_model, num_kv_heads * d_head).
        w_o: (num_heads * d_head, d_model).
        num_heads: number of query heads h.
        num_kv_heads: number of key/value heads g; h must be a multiple of g.
        causal: if True, position t attends only to positions <= t.

    Returns:
        array of shape (..., seq, d_model). Query head i uses key/value head i // (h // g).

    Raises:
        ValueError: h or g < 1, h not a multiple of g, or a weight of inconsistent shape.
    """
    raise NotImplementedError
