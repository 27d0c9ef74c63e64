import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    """Multi-head self-attention: (B, T, d_model) -> (B, T, d_model).

    Submodules (the tests load weights by these names): q_proj, k_proj, v_proj, out_proj
    (nn.Linear(d_model, d_model) with bias) and dropout (nn.Dropout on the attention weights).
    """

    def __init__(self, d_model: int, n_heads: int, dropout: float = 0.0):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor, causal: bool = False,
                key_padding_mask: torch.Tensor | None = None) -> torch.Tensor:
        """x: (B, T, d_model) float32; key_padding_mask: (B, T) bool, True = padding (never attended)."""
        raise NotImplementedError
