import torch
from torch import nn


class TransformerBlock(nn.Module):
    """Pre-norm decoder block with causal self-attention: (B, T, d_model) -> (B, T, d_model).

    Submodules, exactly these names: ln1, qkv (Linear d_model -> 3 d_model), attn_out, ln2,
    fc1 (d_model -> d_ff), act (nn.GELU()), fc2 (d_ff -> d_model), dropout (nn.Dropout).
    """

    def __init__(self, d_model: int, n_heads: int, d_ff: int, dropout: float = 0.0):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError
