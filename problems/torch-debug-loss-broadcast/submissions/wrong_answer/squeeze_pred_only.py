# Known wrong: squeezes the prediction but not a (N, 1) target: (N,) - (N, 1) is (N, N) again.
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
    """Mean squared error between the model's predictions and the targets (a 0-d tensor)."""
    return ((pred.squeeze(-1) - target) ** 2).mean()


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
