# Known wrong: the micro-batch losses are not divided by their number: gradients (and the loss) are k times too large.
import torch
from torch import nn


def train_step(model: nn.Module, optimizer: torch.optim.Optimizer, micro_batches: list, loss_fn,
               max_norm: float = None) -> tuple:
    """One optimizer step over `micro_batches` [(x, y), ...] with gradient accumulation.

    Returns (loss, grad_norm): the mean of the micro-batch losses, and the global L2 norm of the
    accumulated gradient before clipping. Afterwards every parameter's .grad holds the (clipped)
    gradient that the optimizer used.
    """
    if not micro_batches:
        raise ValueError("micro_batches is empty: need at least one (x, y) pair")
    if max_norm is not None and max_norm <= 0:
        raise ValueError(f"max_norm must be positive or None, got {max_norm}")
    optimizer.zero_grad()
    k = len(micro_batches)
    total = 0.0
    for x, y in micro_batches:
        # Each micro-batch loss is a mean over its examples; dividing by k makes the accumulated
        # gradient the gradient of the mean over all micro-batches, as one big batch would give.
        loss = loss_fn(model(x), y)
        loss.backward()
        total += loss.item()
    params = [p for p in model.parameters() if p.grad is not None]
    norm = nn.utils.clip_grad_norm_(params, max_norm if max_norm is not None else float("inf"))
    optimizer.step()
    return total, float(norm)


# ---- Given: do not change anything below this line. ----

class TinyMLP(nn.Module):
    def __init__(self, in_features: int, hidden: int, out_features: int):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden)
        self.fc2 = nn.Linear(hidden, out_features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(torch.relu(self.fc1(x)))


class TrainRun(nn.Module):
    """A model and its SGD optimizer; `step` runs your train_step with MSE loss."""

    def __init__(self, state: dict, lr: float, momentum: float = 0.0):
        super().__init__()
        hidden, in_features = state["fc1.weight"].shape
        out_features = state["fc2.weight"].shape[0]
        self.model = TinyMLP(in_features, hidden, out_features)
        self.model.load_state_dict(state)
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=lr, momentum=momentum)

    def step(self, xs: list, ys: list, max_norm) -> list:
        loss, norm = train_step(self.model, self.optimizer, list(zip(xs, ys)), nn.functional.mse_loss, max_norm)
        return [float(loss), float(norm)]
