import torch
import torch.nn.functional as F
from torch import nn


class ConvBlock(nn.Module):
    """A CNN block: relu(bn(conv(x)) + shortcut(x)), or relu(bn(conv(x))) without the residual.

    Submodules (by these names): conv, a 3x3 nn.Conv2d with padding 1, the given stride and no
    bias; bn, an nn.BatchNorm2d(out_channels); proj, a 1x1 nn.Conv2d with the same stride and no
    bias, only when residual is True and the channels or the stride change.
    Raise ValueError when a channel count or the stride is below 1.
    """

    def __init__(self, in_channels: int, out_channels: int, stride: int = 1, residual: bool = True):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x (N, in_channels, H, W) float32 -> (N, out_channels, (H - 1) // stride + 1, (W - 1) // stride + 1)."""
        raise NotImplementedError
