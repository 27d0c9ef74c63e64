import math

import torch
from torch import nn


class LoRALinear(nn.Module):
    """y = base(x) + (alpha / r) * x A^T B^T, with the base layer frozen and B starting at zero."""

    def __init__(self, base: nn.Linear, r: int, alpha: float):
        super().__init__()
        if r <= 0:
            raise ValueError(f"rank r must be positive, got {r}")
        if alpha <= 0:
            raise ValueError(f"alpha must be positive, got {alpha}")
        self.base = base
        for p in self.base.parameters():
            p.requires_grad_(False)
        self.r = r
        self.scaling = alpha / r
        self.lora_A = nn.Parameter(torch.empty(r, base.in_features))
        self.lora_B = nn.Parameter(torch.zeros(base.out_features, r))
        nn.init.kaiming_uniform_(self.lora_A, a=math.sqrt(5))
        self.merged = False

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.base(x)
        if self.merged:
            return out
        return out + (x @ self.lora_A.T @ self.lora_B.T) * self.scaling

    def merge(self) -> None:
        """Fold the adapter into the base weight; later calls do nothing."""
        if self.merged:
            return
        with torch.no_grad():
            self.base.weight += (self.lora_B @ self.lora_A) * self.scaling
        self.merged = True


# ---- given: the tests drive LoRALinear through this model; do not change it ----------------------
class LoRAModel(nn.Module):
    """A two-layer MLP whose layers are adapted: fc2(relu(fc1(x)))."""

    def __init__(self, d_in: int, d_hidden: int, d_out: int, r: int, alpha: float):
        super().__init__()
        self.fc1 = LoRALinear(nn.Linear(d_in, d_hidden), r, alpha)
        self.fc2 = LoRALinear(nn.Linear(d_hidden, d_out), r, alpha)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(torch.relu(self.fc1(x)))

    def base_forward(self, x: torch.Tensor) -> torch.Tensor:
        """The frozen model alone, without the adapters."""
        return self.fc2.base(torch.relu(self.fc1.base(x)))

    def merge(self) -> None:
        self.fc1.merge()
        self.fc2.merge()

    def trainable(self) -> list:
        """Names of the parameters an optimizer would update."""
        return [n for n, p in self.named_parameters() if p.requires_grad]

    def train_step(self, x: torch.Tensor, y: torch.Tensor, lr: float) -> float:
        """One SGD step on the trainable parameters with MSE loss; leaves the gradients in .grad."""
        params = [p for p in self.parameters() if p.requires_grad]
        optimizer = torch.optim.SGD(params, lr=lr)
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(self(x), y)
        loss.backward()
        optimizer.step()
        return loss.item()
