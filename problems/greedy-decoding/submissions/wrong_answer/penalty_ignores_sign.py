import numpy as np


def log_softmax(logits):
    logits = np.asarray(logits, dtype=np.float64)
    z = logits - logits.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def apply_repetition_penalty(logits, context, penalty):
    out = np.array(logits, dtype=np.float64)
    seen = sorted(set(context))
    # Mistake: dividing a negative logit by the penalty moves it toward 0, making the repeated
    # token *more* likely.
    out[seen] = out[seen] / penalty
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
        total += float(lp[token])
        generated.append(token)
        context.append(token)
        if token == eos_id:
            break
    return generated, total
