# Partly fixed: the optimizer now steps along the velocity, but gradients are never cleared, so each
# step's .grad is the sum of every batch gradient so far and the updates grow until they diverge.
import numpy as np


class Param:
    """A trainable array and the gradient accumulated into it by backward()."""

    def __init__(self, value: np.ndarray):
        self.value = value
        self.grad = np.zeros_like(value)


class MLP:
    """Linear -> ReLU -> Linear. backward() *adds* into each Param.grad, as PyTorch does."""

    def __init__(self, d_in: int, d_hidden: int, d_out: int, seed: int):
        rng = np.random.default_rng(seed)
        self.w1 = Param(rng.normal(0.0, 1.0 / np.sqrt(d_in), size=(d_in, d_hidden)))
        self.b1 = Param(np.zeros(d_hidden))
        self.w2 = Param(rng.normal(0.0, 1.0 / np.sqrt(d_hidden), size=(d_hidden, d_out)))
        self.b2 = Param(np.zeros(d_out))

    def parameters(self) -> list[Param]:
        return [self.w1, self.b1, self.w2, self.b2]

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.x = x
        self.h = x @ self.w1.value + self.b1.value
        self.a = np.maximum(self.h, 0.0)
        return self.a @ self.w2.value + self.b2.value

    def backward(self, dout: np.ndarray) -> None:
        self.w2.grad += self.a.T @ dout
        self.b2.grad += dout.sum(axis=0)
        da = dout @ self.w2.value.T
        dh = da * (self.h > 0)
        self.w1.grad += self.x.T @ dh
        self.b1.grad += dh.sum(axis=0)


def mse_loss(pred: np.ndarray, target: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean squared error over all elements, and its gradient with respect to pred."""
    diff = pred - target
    return float(np.mean(diff ** 2)), 2.0 * diff / diff.size


class SGD:
    """SGD with (heavy-ball) momentum: v = momentum * v + grad; value -= lr * v."""

    def __init__(self, params: list[Param], lr: float, momentum: float = 0.0):
        self.params = params
        self.lr = lr
        self.momentum = momentum
        self.velocity = [np.zeros_like(p.value) for p in params]

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad[...] = 0.0

    def step(self) -> None:
        for p, v in zip(self.params, self.velocity):
            v *= self.momentum
            v += p.grad
            p.value -= self.lr * v


def train(
    X: np.ndarray, y: np.ndarray, d_hidden: int, lr: float, momentum: float, steps: int, batch_size: int, seed: int
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Train an MLP on (X, y) with mini-batch SGD. Returns (losses of shape (steps,),
    [w1, b1, w2, b2] after training). Batches: rng = np.random.default_rng(seed + 1), and each
    step takes rng.choice(n, size=batch_size, replace=False)."""
    model = MLP(X.shape[1], d_hidden, y.shape[1], seed)
    optimizer = SGD(model.parameters(), lr, momentum)
    rng = np.random.default_rng(seed + 1)
    losses = []
    for _ in range(steps):
        idx = rng.choice(X.shape[0], size=batch_size, replace=False)
        pred = model.forward(X[idx])
        loss, dpred = mse_loss(pred, y[idx])
        model.backward(dpred)
        optimizer.step()
        losses.append(loss)
    return np.array(losses), [p.value for p in model.parameters()]
