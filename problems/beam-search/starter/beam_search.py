import numpy as np


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Return log(softmax(logits)) over the last axis, finite for any finite logits."""
    raise NotImplementedError


def beam_search(
    logits_table: np.ndarray,
    prompt: list[int],
    beam_width: int,
    max_new_tokens: int,
    eos_id: int | None = None,
    length_penalty: float = 0.0,
) -> tuple[list[int], float]:
    """Return (tokens, score) of the best hypothesis found by beam search.

    The toy model: next-token logits after token t are logits_table[t] (shape (V, V)).
    tokens: generated ids (eos included when reached); score: sum of their log-probabilities.
    Follow the statement for candidate selection, ties, finished hypotheses and the final ranking
    by score / len(tokens) ** length_penalty.
    Raises ValueError for a non-square table, an empty or out-of-range prompt,
    beam_width < 1 or max_new_tokens < 0.
    """
    raise NotImplementedError
