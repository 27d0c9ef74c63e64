"""Inverted dropout (known wrong: eval mode returns early, before p is validated, so p = 1.5 passes silently)."""
import numpy as np


def _check_p(p: float) -> None:
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be in [0, 1], got {p}")


def dropout_mask(shape: list[int], p: float, seed: int) -> np.ndarray:
    """Return the bool keep-mask: element i is kept when u_i >= p, u = default_rng(seed).random(shape)."""
    _check_p(p)
    return np.random.default_rng(seed).random(tuple(shape)) >= p


def dropout_forward(
    x: np.ndarray, p: float, training: bool, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Return (out, scale) with out = x * scale; scale is keep / (1 - p) in training, ones in eval."""
    x = np.asarray(x, dtype=np.float64)
    if not training:
        return x, np.ones_like(x)
    _check_p(p)
    if not training or p == 0.0:
        scale = np.ones_like(x)
    elif p == 1.0:
        scale = np.zeros_like(x)                       # everything dropped; avoid 0 / 0
    else:
        scale = dropout_mask(list(x.shape), p, seed) / (1.0 - p)
    return x * scale, scale


def dropout_backward(dout: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Return dL/dx = dout * scale, using the scale returned by the forward pass."""
    dout, scale = np.asarray(dout, dtype=np.float64), np.asarray(scale, dtype=np.float64)
    if dout.shape != scale.shape:
        raise ValueError(f"dout {dout.shape} and scale {scale.shape} differ in shape")
    return dout * scale
