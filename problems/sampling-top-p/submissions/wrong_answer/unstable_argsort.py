"""Nucleus sampling whose sort is not stable: ties at the cut-off are not broken by increasing id."""
import numpy as np


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def top_p_probs(logits: np.ndarray, p: float, temperature: float) -> np.ndarray:
    """The nucleus-sampling distribution over the last axis of `logits`."""
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim not in (1, 2) or logits.shape[-1] == 0:
        raise ValueError(f"logits must have shape (V,) or (B, V), got {logits.shape}")
    if not 0 < p <= 1:
        raise ValueError(f"p must be in (0, 1], got {p}")
    if temperature < 0:
        raise ValueError(f"temperature must be >= 0, got {temperature}")
    vocab = logits.shape[-1]
    if temperature == 0:
        return np.eye(vocab)[np.argmax(logits, axis=-1)]
    probs = _softmax(logits / temperature)
    order = np.argsort(-probs, axis=-1)  # Wrong: the default sort is not stable, so tied tokens come in any order
    sorted_probs = np.take_along_axis(probs, order, axis=-1)
    mass_before = np.cumsum(sorted_probs, axis=-1) - sorted_probs
    keep_sorted = mass_before < p  # the token that crosses p is kept; the first always is
    keep = np.zeros_like(keep_sorted)
    np.put_along_axis(keep, order, keep_sorted, axis=-1)
    kept = np.where(keep, probs, 0.0)
    return kept / np.sum(kept, axis=-1, keepdims=True)


def sample_top_p(
    logits: np.ndarray, p: float, temperature: float, seed: int, num_samples: int = 1
) -> np.ndarray:
    """Draw num_samples i.i.d. tokens from top_p_probs(logits, p, temperature)."""
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim != 1:
        raise ValueError(f"logits must have shape (V,), got {logits.shape}")
    if num_samples < 0:
        raise ValueError(f"num_samples must be >= 0, got {num_samples}")
    probs = top_p_probs(logits, p, temperature)
    return np.random.default_rng(seed).choice(logits.shape[0], size=num_samples, p=probs)
