import torch
import torch.nn.functional as F
from torch import nn


class ConvBlock(nn.Module):
    """bn(relu(conv3x3(x))) + shortcut(x), the shortcut a 1x1 projection when the shape changes."""

    def __init__(self, in_channels: int, out_channels: int, stride: int = 1, residual: bool = True):
        super().__init__()
        for name, value in (("in_channels", in_channels), ("out_channels", out_channels), ("stride", stride)):
            if value < 1:
                raise ValueError(f"{name} must be at least 1, got {value}")
        self.residual = residual
        # No bias: the batch norm right after subtracts the mean, which would cancel it.
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(out_channels)
        self.proj = None
        if residual and (in_channels != out_channels or stride != 1):
            self.proj = nn.Conv2d(in_channels, out_channels, kernel_size=1, stride=stride, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x (N, in_channels, H, W) -> (N, out_channels, H_out, W_out), H_out = (H - 1) // stride + 1."""
        out = self.bn(F.relu(self.conv(x)))
        if self.residual:
            out = out + (x if self.proj is None else self.proj(x))
        return out
