import torch
from torch import nn


class Classifier(nn.Module):
    """Linear -> BatchNorm1d -> ReLU -> Dropout -> Linear: (N, in_features) -> (N, classes) logits."""

    def __init__(self, in_features: int, hidden: int, classes: int, p_drop: float):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Dropout(p_drop),
            nn.Linear(hidden, classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)

    def _inference_logits(self, x: torch.Tensor) -> torch.Tensor:
        """Logits in evaluation mode (running statistics, no dropout) without a graph; the model
        is put back in the mode it was in."""
        was_training = self.training
        self.eval()
        try:
            with torch.no_grad():
                return self(x)
        finally:
            self.train(was_training)

    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        """Class probabilities (N, classes) for inference."""
        return torch.softmax(self._inference_logits(x), dim=-1)

    def evaluate(self, x: torch.Tensor, y: torch.Tensor) -> dict:
        """Validation metrics: mean cross-entropy and accuracy on (x, y)."""
        logits = self._inference_logits(x)
        loss = nn.functional.cross_entropy(logits, y)
        accuracy = (logits.argmax(dim=-1) == y).float().mean()
        return {"loss": loss.item(), "accuracy": accuracy.item()}

    def fit_step(self, x: torch.Tensor, y: torch.Tensor, lr: float, seed: int) -> float:
        """One SGD step on (x, y) in whatever mode the model is in (the training loop calls
        model.train() once per epoch); `seed` fixes the dropout masks."""
        torch.manual_seed(seed)
        self.zero_grad()
        loss = nn.functional.cross_entropy(self(x), y)
        loss.backward()
        with torch.no_grad():
            for p in self.parameters():
                p -= lr * p.grad
        return loss.item()
