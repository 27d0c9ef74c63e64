"""LoRA layer (known wrong: lora_backward transposes x and dy as if they were 2-D, so sequence inputs break)."""
import numpy as np


def lora_forward(x: np.ndarray, w: np.ndarray, b: np.ndarray, a: np.ndarray, b_lora: np.ndarray,
                 alpha: float) -> np.ndarray:
    """Return x @ w + b + (alpha / r) * (x @ a) @ b_lora, with r = a.shape[1]."""
    x = np.asarray(x, dtype=np.float64)
    return x @ w + b + (alpha / a.shape[1]) * ((x @ a) @ b_lora)


def lora_backward(dy: np.ndarray, x: np.ndarray, w: np.ndarray, a: np.ndarray, b_lora: np.ndarray,
                  alpha: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (dx, da, db_lora) for y = lora_forward(x, w, b, a, b_lora, alpha); w and b are frozen."""
    dy, x = np.asarray(dy, dtype=np.float64), np.asarray(x, dtype=np.float64)
    s = alpha / a.shape[1]
    dx = dy @ w.T + s * (dy @ b_lora.T) @ a.T
    da = s * x.T @ (dy @ b_lora.T)
    db_lora = s * (x @ a).T @ dy
    return dx, da, db_lora


class LoRALinear:
    """y = x W + b + (alpha / r) x A B with W, b frozen and A (d_in, r), B (r, d_out) trainable."""

    def __init__(self, w: np.ndarray, b: np.ndarray, rank: int, alpha: float, seed: int) -> None:
        w, b = np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)
        if w.ndim != 2 or b.shape != (w.shape[1],):
            raise ValueError(f"w must be (d_in, d_out) and b (d_out,), got {w.shape} and {b.shape}")
        if not 1 <= rank <= min(w.shape):
            raise ValueError(f"rank must be in [1, {min(w.shape)}], got {rank}")
        d_in, d_out = w.shape
        self.w, self.b = w.copy(), b.copy()
        self.rank, self.alpha, self.scale = rank, alpha, alpha / rank
        self.a = np.random.default_rng(seed).standard_normal((d_in, rank)) / np.sqrt(d_in)
        self.b_lora = np.zeros((rank, d_out))
        self.merged = False

    def _delta(self) -> np.ndarray:
        return self.scale * (self.a @ self.b_lora)

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Apply the layer to x (..., d_in); the result does not depend on whether it is merged."""
        x = np.asarray(x, dtype=np.float64)
        if x.shape[-1] != self.w.shape[0]:
            raise ValueError(f"x has {x.shape[-1]} features, the layer expects {self.w.shape[0]}")
        if self.merged:
            return x @ self.w + self.b
        return x @ self.w + self.b + self.scale * ((x @ self.a) @ self.b_lora)

    def set_adapters(self, a: np.ndarray, b_lora: np.ndarray) -> None:
        """Replace A (d_in, r) and B (r, d_out); only allowed while unmerged."""
        a, b_lora = np.asarray(a, dtype=np.float64), np.asarray(b_lora, dtype=np.float64)
        if self.merged:
            raise ValueError("unmerge before replacing the adapters")
        if a.shape != self.a.shape or b_lora.shape != self.b_lora.shape:
            raise ValueError(f"A must be {self.a.shape} and B {self.b_lora.shape}")
        self.a, self.b_lora = a.copy(), b_lora.copy()

    def adapter_a(self) -> np.ndarray:
        return self.a.copy()

    def adapter_b(self) -> np.ndarray:
        return self.b_lora.copy()

    def merge(self) -> None:
        """Fold the adapter into W (W += (alpha / r) A B); a no-op if already merged."""
        if not self.merged:
            self.w = self.w + self._delta()
            self.merged = True

    def unmerge(self) -> None:
        """Take the adapter back out of W; a no-op if not merged."""
        if self.merged:
            self.w = self.w - self._delta()
            self.merged = False

    def is_merged(self) -> bool:
        return self.merged

    def weight(self) -> np.ndarray:
        """The stored weight matrix: W, or W + (alpha / r) A B while merged."""
        return self.w.copy()

    def num_trainable_params(self) -> int:
        """Entries of A and B: r (d_in + d_out)."""
        return self.a.size + self.b_lora.size
