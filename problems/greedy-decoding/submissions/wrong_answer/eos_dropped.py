import numpy as np


def log_softmax(logits):
    logits = np.asarray(logits, dtype=np.float64)
    z = logits - logits.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def apply_repetition_penalty(logits, context, penalty):
    out = np.array(logits, dtype=np.float64)
    for t in set(context):
        out[t] = out[t] / penalty if out[t] > 0 else out[t] * penalty
    return out


def greedy_decode(logits_table, prompt, max_new_tokens, eos_id=None, repetition_penalty=1.0):
    table = np.asarray(logits_table, dtype=np.float64)
    if table.ndim != 2 or table.shape[0] != table.shape[1] or not prompt:
        raise ValueError("bad input")
    if any(not 0 <= t < table.shape[0] for t in prompt) or max_new_tokens < 0 or repetition_penalty <= 0:
        raise ValueError("bad input")
    context, generated, total = list(prompt), [], 0.0
    for _ in range(max_new_tokens):
        lp = log_softmax(apply_repetition_penalty(table[context[-1]], context, repetition_penalty))
        token = int(np.argmax(lp))
        # Mistake: stops before recording the end-of-sequence token and its log-probability.
        if token == eos_id:
            break
        total += float(lp[token])
        generated.append(token)
        context.append(token)
    return generated, total
