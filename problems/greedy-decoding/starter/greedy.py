import numpy as np


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Return log(softmax(logits)) over the last axis, finite for any finite logits."""
    raise NotImplementedError


def apply_repetition_penalty(logits: np.ndarray, context: list[int], penalty: float) -> np.ndarray:
    """Return a copy of `logits` (shape (V,)) where every token id occurring in `context` has its
    logit divided by `penalty` if the logit is positive, multiplied by `penalty` otherwise."""
    raise NotImplementedError


def greedy_decode(
    logits_table: np.ndarray,
    prompt: list[int],
    max_new_tokens: int,
    eos_id: int | None = None,
    repetition_penalty: float = 1.0,
) -> tuple[list[int], float]:
    """Return (generated tokens, sum of their log-probabilities) from greedy decoding.

    The toy model: the next-token logits after token t are logits_table[t] (shape (V, V)).
    Each step: penalize tokens already in prompt + generated, take log_softmax, pick the argmax
    (smallest id on ties). Stop after emitting eos_id (which is included) or after max_new_tokens.
    Raises ValueError for a non-square table, an empty prompt, out-of-range prompt tokens,
    max_new_tokens < 0 or repetition_penalty <= 0.
    """
    raise NotImplementedError
