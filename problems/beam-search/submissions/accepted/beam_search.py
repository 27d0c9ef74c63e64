import numpy as np


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Log-softmax over the last axis, stable for logits of any magnitude."""
    logits = np.asarray(logits, dtype=np.float64)
    shifted = logits - np.max(logits, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def beam_search(
    logits_table: np.ndarray,
    prompt: list[int],
    beam_width: int,
    max_new_tokens: int,
    eos_id: int | None = None,
    length_penalty: float = 0.0,
) -> tuple[list[int], float]:
    """Best continuation of `prompt` under the bigram model by beam search.

    Returns (tokens, score): the generated tokens (eos included when reached) and the sum of
    their log-probabilities. Hypotheses are ranked by score / len(tokens) ** length_penalty.
    """
    table = np.asarray(logits_table, dtype=np.float64)
    if table.ndim != 2 or table.shape[0] != table.shape[1]:
        raise ValueError(f"logits_table must be a square (V, V) array, got shape {table.shape}")
    vocab = table.shape[0]
    if not prompt or any(not 0 <= t < vocab for t in prompt):
        raise ValueError(f"prompt must be non-empty with ids in [0, {vocab})")
    if beam_width < 1:
        raise ValueError(f"beam_width must be >= 1, got {beam_width}")
    if max_new_tokens < 0:
        raise ValueError(f"max_new_tokens must be >= 0, got {max_new_tokens}")
    if max_new_tokens == 0:
        return [], 0.0

    log_probs = log_softmax(table)  # row t: next-token log-probabilities after t
    live: list[tuple[list[int], float]] = [([], 0.0)]
    finished: list[tuple[list[int], float]] = []
    for _ in range(max_new_tokens):
        candidates = []
        for rank, (tokens, score) in enumerate(live):
            last = tokens[-1] if tokens else prompt[-1]
            for token in range(vocab):
                candidates.append((score + float(log_probs[last, token]), rank, token))
        # Highest score first; ties by the parent's rank, then by token id.
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        next_live = []
        for score, rank, token in candidates[:beam_width]:
            hypothesis = (live[rank][0] + [token], score)
            (finished if token == eos_id else next_live).append(hypothesis)
        live = next_live
        if not live:
            break

    hypotheses = finished + live
    # max() keeps the first of equal keys: earlier-finished hypotheses win ties.
    return max(hypotheses, key=lambda h: h[1] / len(h[0]) ** length_penalty)
