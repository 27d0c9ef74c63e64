"""Sinusoidal position encodings and rotary position embeddings (RoPE) in NumPy."""
import numpy as np


def sinusoidal_encoding(seq_len: int, d_model: int, base: float = 10000.0) -> np.ndarray:
    """Return the (seq_len, d_model) table PE[p, 2i] = sin(p * theta_i), PE[p, 2i+1] = cos(p * theta_i),
    with theta_i = base ** (-2i / d_model).

    Raises:
        ValueError: d_model not a positive even number, or seq_len < 0.
    """
    raise NotImplementedError


def apply_rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    """Rotate each pair (x[..., 2i], x[..., 2i+1]) of the token at position p by the angle p * theta_i.

    Args:
        x: shape (..., seq, d) with d even (e.g. queries or keys of every head).
        positions: int array of shape (seq,), the position of each token.
        base: as in sinusoidal_encoding.

    Returns:
        array of x's shape.

    Raises:
        ValueError: d odd, or positions not of shape (seq,).
    """
    raise NotImplementedError


def rope_scores(q: np.ndarray, k: np.ndarray, q_positions: np.ndarray, k_positions: np.ndarray,
                base: float = 10000.0) -> np.ndarray:
    """Return apply_rope(q, q_positions) @ apply_rope(k, k_positions).T for q (n_q, d), k (n_k, d)."""
    raise NotImplementedError
