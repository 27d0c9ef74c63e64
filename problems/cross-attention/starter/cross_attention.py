"""Multi-head cross-attention (decoder queries over encoder outputs) in NumPy."""
import numpy as np


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
    """Return multi-head cross-attention of x over context.

    Args:
        x: the attending sequence (decoder side), shape (..., n_q, d_model).
        context: the attended sequence (encoder side), shape (..., n_k, d_ctx); same leading
            dimensions as x.
        w_q: (d_model, d_model), applied to x.
        w_k, w_v: (d_ctx, d_model), applied to context.
        w_o: (d_model, d_model).
        num_heads: must divide d_model.
        context_mask: optional bool array of shape (..., n_k); True marks a real context token,
            False a padding token that no query may attend to.

    Returns:
        array of shape (..., n_q, d_model). A batch element whose context is entirely padding
        gets zeros.

    Raises:
        ValueError: inconsistent shapes (see the statement) or num_heads not dividing d_model.
    """
    raise NotImplementedError
