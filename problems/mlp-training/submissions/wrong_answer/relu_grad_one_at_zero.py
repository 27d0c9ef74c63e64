"""MLP training (known wrong: the ReLU derivative is taken as 1 at 0, using z1 >= 0)."""
import numpy as np


def init_params(n_in: int, n_hidden: int, n_out: int, seed: int) -> list[np.ndarray]:
    """Return [w1, b1, w2, b2] with He-normal weights (w1 drawn first, then w2) and zero biases."""
    if min(n_in, n_hidden, n_out) < 1:
        raise ValueError("layer sizes must be positive")
    rng = np.random.default_rng(seed)
    w1 = rng.standard_normal((n_in, n_hidden)) * np.sqrt(2.0 / n_in)
    w2 = rng.standard_normal((n_hidden, n_out)) * np.sqrt(2.0 / n_hidden)
    return [w1, np.zeros(n_hidden), w2, np.zeros(n_out)]


def forward(w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Return the logits relu(x @ w1 + b1) @ w2 + b2, shape (N, n_out)."""
    return np.maximum(x @ w1 + b1, 0.0) @ w2 + b2


def loss_and_grads(w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray, x: np.ndarray,
                   y: np.ndarray) -> list:
    """Return [loss, dw1, db1, dw2, db2] for the mean softmax cross-entropy over the N examples."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.int64)
    n = x.shape[0]
    if y.shape != (n,):
        raise ValueError(f"y must have shape ({n},), got {y.shape}")
    if np.any(y < 0) or np.any(y >= w2.shape[1]):
        raise ValueError("labels must be in [0, n_out)")
    z1 = x @ w1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ w2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()

    dlogits = np.exp(log_probs)
    dlogits[np.arange(n), y] -= 1.0
    dlogits /= n
    dw2 = h.T @ dlogits
    db2 = dlogits.sum(axis=0)
    dz1 = (dlogits @ w2.T) * (z1 >= 0)
    dw1 = x.T @ dz1
    db1 = dz1.sum(axis=0)
    return [float(loss), dw1, db1, dw2, db2]


def train_and_evaluate(x: np.ndarray, y: np.ndarray, n_hidden: int, lr: float, epochs: int,
                       seed: int) -> dict:
    """Train with full-batch gradient descent; return the final training loss and accuracy."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.int64)
    n_out = int(y.max()) + 1
    params = init_params(x.shape[1], n_hidden, n_out, seed)
    for _ in range(epochs):
        _, *grads = loss_and_grads(*params, x, y)
        params = [p - lr * g for p, g in zip(params, grads)]
    loss = loss_and_grads(*params, x, y)[0]
    accuracy = float(np.mean(forward(*params, x).argmax(axis=1) == y))
    return {"loss": loss, "accuracy": accuracy}
