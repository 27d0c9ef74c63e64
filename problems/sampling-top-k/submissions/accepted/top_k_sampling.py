import numpy as np


def top_k_probs(logits: np.ndarray, k: int, temperature: float) -> np.ndarray:
    """The distribution top-k sampling draws from, over the last axis of `logits`."""
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim not in (1, 2) or logits.shape[-1] == 0:
        raise ValueError(f"logits must have shape (V,) or (B, V), got {logits.shape}")
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    if temperature < 0:
        raise ValueError(f"temperature must be >= 0, got {temperature}")
    vocab = logits.shape[-1]
    if temperature == 0:
        # Greedy: all mass on the first maximum.
        return np.eye(vocab)[np.argmax(logits, axis=-1)]
    scaled = logits / temperature
    if k < vocab:
        kth = -np.partition(-scaled, k - 1, axis=-1)[..., k - 1 : k]
        scaled = np.where(scaled >= kth, scaled, -np.inf)  # ties with the k-th largest survive
    shifted = scaled - np.max(scaled, axis=-1, keepdims=True)
    weights = np.exp(shifted)
    return weights / np.sum(weights, axis=-1, keepdims=True)


def sample_top_k(
    logits: np.ndarray, k: int, temperature: float, seed: int, num_samples: int = 1
) -> np.ndarray:
    """Draw num_samples i.i.d. tokens from top_k_probs(logits, k, temperature)."""
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim != 1:
        raise ValueError(f"logits must have shape (V,), got {logits.shape}")
    if num_samples < 0:
        raise ValueError(f"num_samples must be >= 0, got {num_samples}")
    probs = top_k_probs(logits, k, temperature)
    rng = np.random.default_rng(seed)
    return rng.choice(logits.shape[0], size=num_samples, p=probs)


def generate(
    logits_table: np.ndarray,
    prompt: list[int],
    max_new_tokens: int,
    k: int,
    temperature: float,
    seed: int,
    eos_id: int | None = None,
) -> list[int]:
    """Sample a continuation from the bigram model, one rng shared by every step."""
    table = np.asarray(logits_table, dtype=np.float64)
    if table.ndim != 2 or table.shape[0] != table.shape[1]:
        raise ValueError(f"logits_table must be a square (V, V) array, got shape {table.shape}")
    if not prompt or any(not 0 <= t < table.shape[0] for t in prompt):
        raise ValueError("prompt must be non-empty with ids in [0, V)")
    if max_new_tokens < 0:
        raise ValueError(f"max_new_tokens must be >= 0, got {max_new_tokens}")
    rng = np.random.default_rng(seed)
    last = prompt[-1]
    out: list[int] = []
    for _ in range(max_new_tokens):
        probs = top_k_probs(table[last], k, temperature)
        last = int(rng.choice(table.shape[0], p=probs))
        out.append(last)
        if last == eos_id:
            break
    return out
