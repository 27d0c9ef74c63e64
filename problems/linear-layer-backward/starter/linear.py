"""A fully connected (linear) layer: forward and backward pass in NumPy."""
import numpy as np


def linear_forward(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return y = x @ w + b.

    Args:
        x: inputs, shape (..., d_in): a vector, a batch (N, d_in), or (batch, seq, d_in).
        w: weights, shape (d_in, d_out).
        b: bias, shape (d_out,).

    Returns:
        y of shape (..., d_out).

    Raises:
        ValueError: the shapes do not fit together.
    """
    raise NotImplementedError


def linear_backward(
    dy: np.ndarray, x: np.ndarray, w: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (dx, dw, db) given dy = dL/dy for some scalar loss L.

    Args:
        dy: upstream gradient, shape (..., d_out), the shape of y.
        x: the forward input, shape (..., d_in).
        w: the weights, shape (d_in, d_out).

    Returns:
        dx of shape (..., d_in), dw of shape (d_in, d_out), db of shape (d_out,).

    Raises:
        ValueError: the shapes do not fit together.
    """
    raise NotImplementedError
