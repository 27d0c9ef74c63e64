import torch
import torch.nn.functional as F
from torch import nn


# ---- given: one expert, a two-layer MLP; do not change it ---------------------------------------
class Expert(nn.Module):
    """fc2(relu(fc1(x))): d_model -> d_hidden -> d_model."""

    def __init__(self, d_model: int, d_hidden: int):
        super().__init__()
        self.fc1 = nn.Linear(d_model, d_hidden)
        self.fc2 = nn.Linear(d_hidden, d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(F.relu(self.fc1(x)))


class MoELayer(nn.Module):
    """A mixture-of-experts layer with top-k routing.

    Submodules (by these names): gate, an nn.Linear(d_model, num_experts, bias=False), and
    experts, num_experts Expert(d_model, d_hidden) modules indexed 0..num_experts-1.
    Raise ValueError unless 1 <= k <= num_experts.
    """

    def __init__(self, d_model: int, d_hidden: int, num_experts: int, k: int):
        super().__init__()
        raise NotImplementedError

    def route(self, x: torch.Tensor):
        """x (..., d_model) -> (weights (..., k) float32, indices (..., k) int64).

        The k experts with the largest gate logits, in descending order (equal logits: lower index
        first); the weights are a softmax over those k logits only.
        """
        raise NotImplementedError

    def forward(self, x: torch.Tensor):
        """x (..., d_model) -> (y (..., d_model), aux_loss 0-d tensor).

        y: each token's weighted sum of its k experts' outputs. aux_loss: the load-balancing loss
        num_experts * sum_i f_i * P_i defined in the statement.
        """
        raise NotImplementedError
