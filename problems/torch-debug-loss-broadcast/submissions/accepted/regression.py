import torch
from torch import nn


class Regressor(nn.Module):
    """A small MLP that predicts one number per example: (N, in_features) -> (N, 1)."""

    def __init__(self, in_features: int, hidden: int):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_features, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


def regression_loss(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Mean squared error between the model's predictions and the targets (a 0-d tensor).

    `pred` and `target` may each be (N,) or (N, 1): both are flattened to (N,) first, so the
    difference is elementwise. (pred (N, 1) minus target (N,) would broadcast to (N, N) and
    compare every prediction with every target.)
    """
    if pred.numel() != target.numel():
        raise ValueError(f"pred has {pred.numel()} values but target has {target.numel()} "
                         f"(shapes {tuple(pred.shape)} and {tuple(target.shape)})")
    return ((pred.reshape(-1) - target.reshape(-1)) ** 2).mean()


def build_model(state: dict) -> Regressor:
    """A Regressor with the sizes and weights of `state` (a state_dict)."""
    hidden, in_features = state["net.0.weight"].shape
    model = Regressor(in_features, hidden)
    model.load_state_dict(state)
    return model


def fit(state: dict, x: torch.Tensor, y: torch.Tensor, lr: float, steps: int) -> list:
    """Full-batch SGD from `state`; returns [losses of every step, predictions (N,) afterwards]."""
    model = build_model(state)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = regression_loss(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return [losses, predict(model, x)]


def predict(model: Regressor, x: torch.Tensor) -> torch.Tensor:
    """Predictions of shape (N,) without building a graph."""
    with torch.no_grad():
        return model(x).reshape(-1)


def predict_from_state(state: dict, x: torch.Tensor) -> torch.Tensor:
    return predict(build_model(state), x)
