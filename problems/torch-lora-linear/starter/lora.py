import torch
from torch import nn


class LoRALinear(nn.Module):
    """Low-rank adapter around a frozen nn.Linear.

    Parameters (by these names): base (the wrapped nn.Linear, frozen), lora_A of shape
    (r, in_features) and lora_B of shape (out_features, r), initialised to zero.
    """

    def __init__(self, base: nn.Linear, r: int, alpha: float):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (..., in_features) -> (..., out_features)."""
        raise NotImplementedError

    def merge(self) -> None:
        """Fold the scaled adapter into base.weight; afterwards forward uses the base layer only."""
        raise NotImplementedError


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
