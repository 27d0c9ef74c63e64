"""Inverted dropout, seeded, with its backward pass."""
import numpy as np


def dropout_mask(shape: list[int], p: float, seed: int) -> np.ndarray:
    """Return the bool keep-mask of the given shape.

    Draw u = np.random.default_rng(seed).random(tuple(shape)) (one call); element i is kept
    (True) when u[i] >= p. Raises ValueError if p is outside [0, 1].
    """
    raise NotImplementedError


def dropout_forward(
    x: np.ndarray, p: float, training: bool, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Return (out, scale) with out = x * scale.

    Training: scale = dropout_mask(x.shape, p, seed) / (1 - p) (all zeros when p == 1).
    Eval (training is False): scale is all ones, out equals x.
    Raises ValueError if p is outside [0, 1].
    """
    raise NotImplementedError


def dropout_backward(dout: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Return dL/dx given dout = dL/dout and the scale returned by dropout_forward.

    Raises ValueError if the shapes differ.
    """
    raise NotImplementedError
