import numpy as np


def top_k_probs(logits: np.ndarray, k: int, temperature: float) -> np.ndarray:
    """Return the distribution that top-k sampling draws from, same shape as logits.

    logits: (V,) or (B, V). Divide by temperature, keep every token whose scaled logit is >= the
    k-th largest (ties at the boundary are kept), softmax over the kept tokens, 0 elsewhere.
    temperature == 0 means greedy: probability 1 on the first maximum.
    Raises ValueError for k < 1, temperature < 0, or logits that are not 1-D / 2-D.
    """
    raise NotImplementedError


def sample_top_k(
    logits: np.ndarray, k: int, temperature: float, seed: int, num_samples: int = 1
) -> np.ndarray:
    """Return num_samples token ids (int array) drawn with
    np.random.default_rng(seed).choice(V, size=num_samples, p=top_k_probs(logits, k, temperature)).

    logits has shape (V,). Raises ValueError like top_k_probs, and for num_samples < 0.
    """
    raise NotImplementedError


def generate(
    logits_table: np.ndarray,
    prompt: list[int],
    max_new_tokens: int,
    k: int,
    temperature: float,
    seed: int,
    eos_id: int | None = None,
) -> list[int]:
    """Return the sampled continuation of `prompt` from the bigram model logits_table (V, V).

    One rng = np.random.default_rng(seed) for the whole call; each step draws
    rng.choice(V, p=top_k_probs(logits_table[last_token], k, temperature)).
    Stops after eos_id (included) or max_new_tokens tokens.
    """
    raise NotImplementedError
