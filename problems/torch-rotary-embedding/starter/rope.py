import torch
from torch import nn


class RotaryEmbedding(nn.Module):
    """Rotary position embeddings (RoPE) in the half-split layout.

    Dimension i of a head is paired with dimension i + head_dim / 2; pair i turns by the angle
    position * base ** (-2 i / head_dim). Registers the buffer inv_freq of shape (head_dim / 2,).
    """

    def __init__(self, head_dim: int, base: float = 10000.0) -> None:
        super().__init__()
        raise NotImplementedError

    def forward(
        self, q: torch.Tensor, k: torch.Tensor, offset: int = 0
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Rotate q (B, Hq, T, D) and k (B, Hk, T, D); token t sits at position offset + t.

        Returns new tensors (q_rot, k_rot) of the same shapes and dtype; q and k are not modified.
        """
        raise NotImplementedError


# ---- given: the tests compare attention scores through this module; do not change it ----------
class RotaryScores(nn.Module):
    """Attention logits q_m . k_n after RoPE (without the 1 / sqrt(D) scaling): (B, H, T, T)."""

    def __init__(self, head_dim: int, base: float = 10000.0) -> None:
        super().__init__()
        self.rope = RotaryEmbedding(head_dim, base)

    def forward(self, q: torch.Tensor, k: torch.Tensor, offset: int = 0) -> torch.Tensor:
        q_rot, k_rot = self.rope(q, k, offset)
        return q_rot @ k_rot.transpose(-2, -1)
