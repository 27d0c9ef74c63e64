import torch
from torch import nn


class RotaryEmbedding(nn.Module):
    """RoPE (half-split pairs) with cos/sin tables cached up to the longest position seen so far."""

    def __init__(self, head_dim: int, base: float = 10000.0, max_positions: int = 64) -> None:
        super().__init__()
        if head_dim <= 0 or head_dim % 2 != 0:
            raise ValueError(f"head_dim must be a positive even number, got {head_dim}")
        if base <= 1.0:
            raise ValueError(f"base must be greater than 1, got {base}")
        self.head_dim = head_dim
        inv_freq = base ** (-torch.arange(0, head_dim, 2, dtype=torch.float64) / head_dim)
        self.register_buffer("inv_freq", inv_freq.float(), persistent=False)
        self._build(max_positions)

    def _build(self, length: int) -> None:
        # Angles in float64, so that long positions keep their precision; stored in float32.
        angles = torch.outer(torch.arange(length, dtype=torch.float64), self.inv_freq.double())
        angles = torch.cat((angles, angles), dim=-1)
        dtype = self.inv_freq.dtype
        self.register_buffer("cos_cached", angles.cos().to(dtype), persistent=False)
        self.register_buffer("sin_cached", angles.sin().to(dtype), persistent=False)

    def forward(
        self, q: torch.Tensor, k: torch.Tensor, offset: int = 0
    ) -> tuple[torch.Tensor, torch.Tensor]:
        if offset < 0:
            raise ValueError(f"offset must be >= 0, got {offset}")
        for name, x in (("q", q), ("k", k)):
            if x.dim() != 4 or x.shape[-1] != self.head_dim:
                raise ValueError(f"{name} must be (batch, heads, seq, {self.head_dim}), got {tuple(x.shape)}")
        if q.shape[2] != k.shape[2]:
            raise ValueError(f"q and k lengths differ: {q.shape[2]} and {k.shape[2]}")
        end = offset + q.shape[2]
        if end > self.cos_cached.shape[0] or self.cos_cached.dtype != self.inv_freq.dtype:
            self._build(max(end, 2 * self.cos_cached.shape[0]))
        cos = self.cos_cached[offset:end].to(q.dtype)
        sin = self.sin_cached[offset:end].to(q.dtype)
        half = self.head_dim // 2

        def rotate(x: torch.Tensor) -> torch.Tensor:
            x1, x2 = x[..., :half], x[..., half:]
            c, s = cos[:, :half], sin[:, :half]
            return torch.cat((x1 * c - x2 * s, x2 * c + x1 * s), dim=-1)

        return rotate(q), rotate(k)


# ---- given: the tests compare attention scores through this module; do not change it ----------
class RotaryScores(nn.Module):
    """Attention logits q_m . k_n after RoPE (without the 1 / sqrt(D) scaling): (B, H, T, T)."""

    def __init__(self, head_dim: int, base: float = 10000.0) -> None:
        super().__init__()
        self.rope = RotaryEmbedding(head_dim, base)

    def forward(self, q: torch.Tensor, k: torch.Tensor, offset: int = 0) -> torch.Tensor:
        q_rot, k_rot = self.rope(q, k, offset)
        return q_rot @ k_rot.transpose(-2, -1)
