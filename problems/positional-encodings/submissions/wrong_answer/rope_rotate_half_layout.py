"""Sinusoidal encodings and RoPE (known wrong: pairs dimension i with i + d/2, the rotate-half layout, not adjacent dimensions)."""
import numpy as np


def _frequencies(d: int, base: float) -> np.ndarray:
    """theta_i = base^(-2i/d) for i = 0 .. d/2 - 1: one frequency per pair of dimensions."""
    if d <= 0 or d % 2:
        raise ValueError(f"the dimension must be a positive even number, got {d}")
    return base ** (-np.arange(0, d, 2, dtype=np.float64) / d)


def sinusoidal_encoding(seq_len: int, d_model: int, base: float = 10000.0) -> np.ndarray:
    """Return PE of shape (seq_len, d_model): PE[p, 2i] = sin(p theta_i), PE[p, 2i+1] = cos(p theta_i)."""
    if seq_len < 0:
        raise ValueError(f"seq_len must be non-negative, got {seq_len}")
    angles = np.arange(seq_len, dtype=np.float64)[:, None] * _frequencies(d_model, base)[None, :]
    pe = np.empty((seq_len, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe


def apply_rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    """Rotate each pair (x[..., 2i], x[..., 2i+1]) of the token at position p by the angle p theta_i.

    x: (..., seq, d); positions: (seq,). Returns an array of x's shape.
    """
    x = np.asarray(x, dtype=np.float64)
    positions = np.asarray(positions, dtype=np.float64)
    if x.ndim < 2:
        raise ValueError(f"x must have shape (..., seq, d), got {x.shape}")
    if positions.shape != (x.shape[-2],):
        raise ValueError(f"positions must have shape ({x.shape[-2]},), got {positions.shape}")
    angles = positions[:, None] * _frequencies(x.shape[-1], base)[None, :]     # (seq, d/2)
    cos, sin = np.cos(angles), np.sin(angles)
    half = x.shape[-1] // 2
    first, second = x[..., :half], x[..., half:]
    return np.concatenate([first * cos - second * sin, first * sin + second * cos], axis=-1)


def rope_scores(q: np.ndarray, k: np.ndarray, q_positions: np.ndarray, k_positions: np.ndarray,
                base: float = 10000.0) -> np.ndarray:
    """Return the dot products of rotated queries (n_q, d) and keys (n_k, d): shape (n_q, n_k)."""
    return apply_rope(q, q_positions, base) @ apply_rope(k, k_positions, base).T
