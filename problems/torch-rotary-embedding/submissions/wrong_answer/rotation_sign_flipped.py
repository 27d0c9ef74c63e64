import torch
from torch import nn


class RotaryEmbedding(nn.Module):
    """Rotary position embeddings (RoPE) in the half-split layout.

    Dimension i of a head is paired with dimension i + head_dim / 2; pair i turns by the angle
    position * base ** (-2 i / head_dim).
    """

    def __init__(self, head_dim: int, base: float = 10000.0) -> None:
        super().__init__()
        if head_dim <= 0 or head_dim % 2 != 0:
            raise ValueError(f"head_dim must be a positive even number, got {head_dim}")
        if base <= 1.0:
            raise ValueError(f"base must be greater than 1, got {base}")
        self.head_dim = head_dim
        exponents = torch.arange(0, head_dim, 2, dtype=torch.float32) / head_dim
        # A buffer, not a parameter: it follows .to() and .double() but no optimizer trains it.
        self.register_buffer("inv_freq", 1.0 / base**exponents, persistent=False)

    def forward(
        self, q: torch.Tensor, k: torch.Tensor, offset: int = 0
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Rotate q (B, Hq, T, D) and k (B, Hk, T, D); token t sits at position offset + t."""
        if offset < 0:
            raise ValueError(f"offset must be >= 0, got {offset}")
        for name, x in (("q", q), ("k", k)):
            if x.dim() != 4 or x.shape[-1] != self.head_dim:
                raise ValueError(
                    f"{name} must have shape (batch, heads, seq, {self.head_dim}), got {tuple(x.shape)}"
                )
        if q.shape[2] != k.shape[2]:
            raise ValueError(f"q and k must have the same seq length, got {q.shape[2]} and {k.shape[2]}")
        seq = q.shape[2]
        positions = torch.arange(offset, offset + seq, dtype=self.inv_freq.dtype, device=q.device)
        angles = torch.outer(positions, self.inv_freq)  # (T, D/2)
        angles = torch.cat((angles, angles), dim=-1)  # (T, D): dims i and i + D/2 share an angle
        cos, sin = angles.cos().to(q.dtype), angles.sin().to(q.dtype)
        return _rotate(q, cos, sin), _rotate(k, cos, sin)


def _rotate_half(x: torch.Tensor) -> torch.Tensor:
    first, second = x.chunk(2, dim=-1)
    return torch.cat((second, -first), dim=-1)


def _rotate(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    # (x1, x2) -> (x1 cos - x2 sin, x2 cos + x1 sin) for every pair, without touching x.
    return x * cos + _rotate_half(x) * sin


# ---- given: the tests compare attention scores through this module; do not change it ----------
class RotaryScores(nn.Module):
    """Attention logits q_m . k_n after RoPE (without the 1 / sqrt(D) scaling): (B, H, T, T)."""

    def __init__(self, head_dim: int, base: float = 10000.0) -> None:
        super().__init__()
        self.rope = RotaryEmbedding(head_dim, base)

    def forward(self, q: torch.Tensor, k: torch.Tensor, offset: int = 0) -> torch.Tensor:
        q_rot, k_rot = self.rope(q, k, offset)
        return q_rot @ k_rot.transpose(-2, -1)
