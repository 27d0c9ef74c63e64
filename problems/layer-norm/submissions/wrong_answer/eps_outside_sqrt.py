"""Layer norm (known wrong: adds eps to the standard deviation instead of the variance)."""
import numpy as np


def _check(x: np.ndarray, gamma: np.ndarray) -> None:
    if x.ndim < 1 or gamma.shape != (x.shape[-1],):
        raise ValueError(f"gamma/beta must have shape ({x.shape[-1] if x.ndim else '?'},), x has shape {x.shape}")


def layer_norm_forward(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalize x over its last axis, then scale by gamma and shift by beta."""
    x, gamma, beta = (np.asarray(a, dtype=np.float64) for a in (x, gamma, beta))
    _check(x, gamma)
    _check(x, beta)
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)       # biased: divide by D
    return (x - mean) / (np.sqrt(var) + eps) * gamma + beta


def layer_norm_backward(
    dy: np.ndarray, x: np.ndarray, gamma: np.ndarray, eps: float = 1e-5
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (dx, dgamma, dbeta) given dy = dL/dy; statistics are recomputed from x."""
    dy, x, gamma = (np.asarray(a, dtype=np.float64) for a in (dy, x, gamma))
    _check(x, gamma)
    if dy.shape != x.shape:
        raise ValueError(f"dy has shape {dy.shape}, x has shape {x.shape}")
    mean = x.mean(axis=-1, keepdims=True)
    inv_std = 1.0 / (np.sqrt(((x - mean) ** 2).mean(axis=-1, keepdims=True)) + eps)
    x_hat = (x - mean) * inv_std
    g = dy * gamma                                              # dL/dx_hat
    dx = inv_std * (g - g.mean(axis=-1, keepdims=True) - x_hat * (g * x_hat).mean(axis=-1, keepdims=True))
    d = x.shape[-1]
    dgamma = (dy * x_hat).reshape(-1, d).sum(axis=0)
    dbeta = dy.reshape(-1, d).sum(axis=0)
    return dx, dgamma, dbeta
