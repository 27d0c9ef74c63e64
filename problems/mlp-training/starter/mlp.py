"""A one-hidden-layer MLP classifier trained with full-batch gradient descent in NumPy."""
import numpy as np


def init_params(n_in: int, n_hidden: int, n_out: int, seed: int) -> list[np.ndarray]:
    """Return [w1, b1, w2, b2].

    rng = np.random.default_rng(seed); w1 = rng.standard_normal((n_in, n_hidden)) * sqrt(2 / n_in),
    then w2 = rng.standard_normal((n_hidden, n_out)) * sqrt(2 / n_hidden); biases are zeros.
    Raises ValueError if a size is < 1.
    """
    raise NotImplementedError


def forward(w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Return the logits relu(x @ w1 + b1) @ w2 + b2 for x of shape (N, n_in): shape (N, n_out)."""
    raise NotImplementedError


def loss_and_grads(w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray, x: np.ndarray,
                   y: np.ndarray) -> list:
    """Return [loss, dw1, db1, dw2, db2]: the mean softmax cross-entropy of the logits against the
    integer labels y (N,), and its gradients (each the shape of its parameter).

    Raises ValueError if y is not of shape (N,) or a label is outside [0, n_out).
    """
    raise NotImplementedError


def train_and_evaluate(x: np.ndarray, y: np.ndarray, n_hidden: int, lr: float, epochs: int,
                       seed: int) -> dict:
    """Initialize with init_params(x.shape[1], n_hidden, max(y) + 1, seed), run `epochs` steps of
    full-batch gradient descent (p -= lr * dp for every parameter), and return
    {"loss": final training loss, "accuracy": fraction of training examples whose argmax logit is y}.
    """
    raise NotImplementedError
