"""Layer normalization: forward and backward pass in NumPy."""
import numpy as np


def layer_norm_forward(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Return gamma * (x - mean) / sqrt(var + eps) + beta, with mean and var over the last axis.

    Args:
        x: shape (..., D); every leading position (token) is normalized on its own.
        gamma, beta: shape (D,).
        eps: added to the (biased) variance inside the square root.

    Raises:
        ValueError: gamma or beta is not of shape (D,).
    """
    raise NotImplementedError


def layer_norm_backward(
    dy: np.ndarray, x: np.ndarray, gamma: np.ndarray, eps: float = 1e-5
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (dx, dgamma, dbeta) given dy = dL/dy (same shape as x).

    The mean and variance are recomputed from x. dx has the shape of x; dgamma and dbeta have
    shape (D,) and sum over every leading position.

    Raises:
        ValueError: dy and x differ in shape, or gamma is not of shape (D,).
    """
    raise NotImplementedError
