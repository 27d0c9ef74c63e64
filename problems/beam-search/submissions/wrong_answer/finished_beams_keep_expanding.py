import numpy as np


def log_softmax(logits):
    logits = np.asarray(logits, dtype=np.float64)
    z = logits - logits.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def beam_search(logits_table, prompt, beam_width, max_new_tokens, eos_id=None, length_penalty=0.0):
    table = np.asarray(logits_table, dtype=np.float64)
    if table.ndim != 2 or table.shape[0] != table.shape[1]:
        raise ValueError("bad table")
    vocab = table.shape[0]
    if not prompt or any(not 0 <= t < vocab for t in prompt) or beam_width < 1 or max_new_tokens < 0:
        raise ValueError("bad arguments")
    if max_new_tokens == 0:
        return [], 0.0
    lp = log_softmax(table)
    beams = [([], 0.0)]
    for _ in range(max_new_tokens):
        cands = []
        for rank, (toks, score) in enumerate(beams):
            last = toks[-1] if toks else prompt[-1]
            # Mistake: a hypothesis that already produced the end token is extended like any other,
            # so text keeps going after EOS and finished hypotheses are never set aside.
            for t in range(vocab):
                cands.append((score + float(lp[last, t]), rank, t))
        cands.sort(key=lambda c: (-c[0], c[1], c[2]))
        beams = [(beams[r][0] + [t], s) for s, r, t in cands[:beam_width]]
    return max(beams, key=lambda h: h[1] / len(h[0]) ** length_penalty)
