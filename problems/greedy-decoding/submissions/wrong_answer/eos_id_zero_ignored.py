"""Greedy decoding (known wrong: `if eos_id and ...` treats an end token with id 0 as "no end token")."""
import numpy as np


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Log-softmax over the last axis, stable for logits of any magnitude."""
    logits = np.asarray(logits, dtype=np.float64)
    shifted = logits - np.max(logits, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def apply_repetition_penalty(logits: np.ndarray, context: list[int], penalty: float) -> np.ndarray:
    """Make every token that already occurs in `context` less likely (CTRL-style penalty)."""
    out = np.array(logits, dtype=np.float64)
    seen = np.unique(np.asarray(context, dtype=np.int64))
    if seen.size:
        values = out[seen]
        out[seen] = np.where(values > 0, values / penalty, values * penalty)
    return out


def greedy_decode(
    logits_table: np.ndarray,
    prompt: list[int],
    max_new_tokens: int,
    eos_id: int | None = None,
    repetition_penalty: float = 1.0,
) -> tuple[list[int], float]:
    """Generate up to max_new_tokens by always taking the most likely next token."""
    table = np.asarray(logits_table, dtype=np.float64)
    if table.ndim != 2 or table.shape[0] != table.shape[1]:
        raise ValueError(f"logits_table must be a square (V, V) array, got shape {table.shape}")
    vocab = table.shape[0]
    if not prompt:
        raise ValueError("prompt must contain at least one token")
    if any(not 0 <= t < vocab for t in prompt):
        raise ValueError(f"prompt tokens must be in [0, {vocab})")
    if max_new_tokens < 0:
        raise ValueError(f"max_new_tokens must be >= 0, got {max_new_tokens}")
    if repetition_penalty <= 0:
        raise ValueError(f"repetition_penalty must be > 0, got {repetition_penalty}")

    context = list(prompt)
    generated: list[int] = []
    total = 0.0
    for _ in range(max_new_tokens):
        logits = apply_repetition_penalty(table[context[-1]], context, repetition_penalty)
        log_probs = log_softmax(logits)
        token = int(np.argmax(log_probs))  # first maximum: the smallest id wins ties
        total += float(log_probs[token])
        generated.append(token)
        context.append(token)
        if eos_id and token == eos_id:
            break
    return generated, total
