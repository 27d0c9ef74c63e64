import torch
from torch import nn


class RMSNorm(nn.Module):
    """Root-mean-square normalization over the last dimension, with a learnable `weight` (dim,)."""

    def __init__(self, dim: int, eps: float = 1e-6):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError


class LayerNorm(nn.Module):
    """Layer normalization over the last dimension, with learnable `weight` and `bias` (dim,)."""

    def __init__(self, dim: int, eps: float = 1e-5):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError
