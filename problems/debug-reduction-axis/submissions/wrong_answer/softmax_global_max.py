# All three axes fixed, but softmax subtracts the maximum of the whole batch instead of each row's
# maximum: a row whose logits sit far below another row's underflows to 0 / 0 = NaN.
import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalize every feature vector of x (shape (..., D)) to zero mean and unit variance over its
    D features, then scale by gamma and shift by beta (both shape (D,))."""
    # Statistics over the feature axis of each vector, never over the batch.
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta


def softmax(logits: np.ndarray) -> np.ndarray:
    """Class probabilities for logits of shape (B, C): each row is a distribution over C classes."""
    e = np.exp(logits - np.max(logits))
    return e / np.sum(e, axis=-1, keepdims=True)


def classify(
    x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, w: np.ndarray, b: np.ndarray
) -> np.ndarray:
    """Sequence classifier head. x: (B, T, D) token features; w: (D, C); b: (C,).
    Layer-normalize every token, average over the T tokens of each sequence, project to C logits,
    softmax. Returns (B, C) probabilities."""
    h = layer_norm(x, gamma, beta)
    pooled = h.mean(axis=1)
    return softmax(pooled @ w + b)


def nll_loss(probs: np.ndarray, targets: np.ndarray) -> float:
    """Mean negative log-likelihood of integer targets (B,) under probs (B, C)."""
    picked = probs[np.arange(len(targets)), targets]
    return float(-np.mean(np.log(picked)))
