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
    """A mixture-of-experts layer: every token goes to its k best experts under a linear gate."""

    def __init__(self, d_model: int, d_hidden: int, num_experts: int, k: int):
        super().__init__()
        if not 1 <= k <= num_experts:
            raise ValueError(f"k must be between 1 and num_experts={num_experts}, got {k}")
        self.num_experts = num_experts
        self.k = k
        self.gate = nn.Linear(d_model, num_experts, bias=False)
        self.experts = nn.ModuleList(Expert(d_model, d_hidden) for _ in range(num_experts))

    def _route(self, tokens: torch.Tensor):
        """(N, d_model) -> probabilities over all experts (N, E), top-k weights and indices (N, k)."""
        logits = self.gate(tokens)
        probs = torch.softmax(logits, dim=-1)
        order = torch.sort(probs, dim=-1, descending=True, stable=True).indices
        indices = order[:, : self.k]
        weights = probs.gather(-1, indices)
        return probs, weights, indices

    def route(self, x: torch.Tensor):
        """x (..., d_model) -> (weights (..., k) float32, indices (..., k) int64)."""
        tokens = x.reshape(-1, x.shape[-1])
        _, weights, indices = self._route(tokens)
        lead = x.shape[:-1]
        return weights.reshape(*lead, self.k), indices.reshape(*lead, self.k)

    def forward(self, x: torch.Tensor):
        """x (..., d_model) -> (y (..., d_model), aux_loss 0-d)."""
        tokens = x.reshape(-1, x.shape[-1])
        probs, weights, indices = self._route(tokens)
        out = torch.zeros_like(tokens)
        for e, expert in enumerate(self.experts):
            rows, slots = torch.nonzero(indices == e, as_tuple=True)
            if rows.numel() == 0:
                continue
            contribution = expert(tokens[rows]) * weights[rows, slots].unsqueeze(-1)
            out = out.index_add(0, rows, contribution)
        # Switch-style balance loss: E * sum_i f_i * P_i, f_i the share of the N*k assignments that
        # went to expert i (no gradient), P_i the mean full-softmax probability of expert i.
        counts = torch.bincount(indices.reshape(-1), minlength=self.num_experts)
        fraction = counts.to(probs.dtype) / indices.numel()
        aux_loss = self.num_experts * torch.sum(fraction * probs.mean(dim=0))
        return out.reshape(x.shape), aux_loss
