import numpy as np


def top_p_probs(logits: np.ndarray, p: float, temperature: float) -> np.ndarray:
    """Return the nucleus (top-p) sampling distribution, same shape as logits ((V,) or (B, V)).

    Softmax of logits / temperature; sort tokens by decreasing probability (ties: smaller id
    first); keep each token whose preceding cumulative probability is < p; renormalize.
    temperature == 0 means greedy: probability 1 on the first maximum.
    Raises ValueError unless 0 < p <= 1 and temperature >= 0, or for logits not 1-D / 2-D.
    """
    raise NotImplementedError


def sample_top_p(
    logits: np.ndarray, p: float, temperature: float, seed: int, num_samples: int = 1
) -> np.ndarray:
    """Return num_samples token ids drawn with
    np.random.default_rng(seed).choice(V, size=num_samples, p=top_p_probs(logits, p, temperature)).

    logits has shape (V,). Raises ValueError like top_p_probs, and for num_samples < 0.
    """
    raise NotImplementedError
