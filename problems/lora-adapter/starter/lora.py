"""A linear layer with a LoRA adapter: forward, merge/unmerge, and adapter gradients."""
import numpy as np


def lora_forward(x: np.ndarray, w: np.ndarray, b: np.ndarray, a: np.ndarray, b_lora: np.ndarray,
                 alpha: float) -> np.ndarray:
    """Return x @ w + b + (alpha / r) * (x @ a) @ b_lora, where r = a.shape[1].

    Shapes: x (..., d_in), w (d_in, d_out), b (d_out,), a (d_in, r), b_lora (r, d_out).
    """
    raise NotImplementedError


def lora_backward(dy: np.ndarray, x: np.ndarray, w: np.ndarray, a: np.ndarray, b_lora: np.ndarray,
                  alpha: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (dx, da, db_lora) for y = lora_forward(x, w, b, a, b_lora, alpha), given dy = dL/dy.

    w and b are frozen (no gradient). da and db_lora sum over every leading position of x.
    """
    raise NotImplementedError


class LoRALinear:
    """y = x W + b + (alpha / r) x A B, with W, b frozen and A (d_in, r), B (r, d_out) trainable."""

    def __init__(self, w: np.ndarray, b: np.ndarray, rank: int, alpha: float, seed: int) -> None:
        """Copy w (d_in, d_out) and b (d_out,); A = default_rng(seed).standard_normal((d_in, rank))
        / sqrt(d_in); B = zeros((rank, d_out)); unmerged.

        Raises:
            ValueError: bad shapes, or rank outside [1, min(d_in, d_out)].
        """
        raise NotImplementedError

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Apply the layer to x (..., d_in); the result must not depend on the merged state.

        Raises ValueError if x's last axis is not d_in.
        """
        raise NotImplementedError

    def set_adapters(self, a: np.ndarray, b_lora: np.ndarray) -> None:
        """Replace A and B. Raises ValueError on a wrong shape or while merged."""
        raise NotImplementedError

    def adapter_a(self) -> np.ndarray:
        """Return a copy of A."""
        raise NotImplementedError

    def adapter_b(self) -> np.ndarray:
        """Return a copy of B."""
        raise NotImplementedError

    def merge(self) -> None:
        """Fold the adapter into the stored weight: W <- W + (alpha / r) A B. No-op if merged."""
        raise NotImplementedError

    def unmerge(self) -> None:
        """Undo merge: W <- W - (alpha / r) A B. No-op if not merged."""
        raise NotImplementedError

    def is_merged(self) -> bool:
        raise NotImplementedError

    def weight(self) -> np.ndarray:
        """Return a copy of the stored weight matrix (including the adapter while merged)."""
        raise NotImplementedError

    def num_trainable_params(self) -> int:
        """Return the number of entries of A and B."""
        raise NotImplementedError
