import numpy as np


def _softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def top_p_probs(logits, p, temperature):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim not in (1, 2) or not 0 < p <= 1 or temperature < 0:
        raise ValueError("bad arguments")
    vocab = logits.shape[-1]
    if temperature == 0:
        return np.eye(vocab)[np.argmax(logits, axis=-1)]
    # Mistake: the nucleus is chosen from the untempered distribution; temperature is applied
    # only afterwards, to the kept tokens.
    base = _softmax(logits)
    order = np.argsort(-base, axis=-1, kind="stable")
    sorted_probs = np.take_along_axis(base, order, axis=-1)
    keep_sorted = np.cumsum(sorted_probs, axis=-1) - sorted_probs < p
    keep = np.zeros_like(keep_sorted)
    np.put_along_axis(keep, order, keep_sorted, axis=-1)
    return _softmax(np.where(keep, logits / temperature, -np.inf))


def sample_top_p(logits, p, temperature, seed, num_samples=1):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim != 1 or num_samples < 0:
        raise ValueError("bad arguments")
    return np.random.default_rng(seed).choice(len(logits), size=num_samples, p=top_p_probs(logits, p, temperature))
