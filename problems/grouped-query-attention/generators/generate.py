#!/usr/bin/env python3
"""Write data/sample and data/secret of grouped-query-attention from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/gqa.py")
GQA = "grouped_query_attention"


def params(rng, d_model: int, h: int, g: int, d_head: int):
    s = 1.0 / np.sqrt(d_model)
    return [rounded(rng, (d_model, h * d_head), s), rounded(rng, (d_model, g * d_head), s),
            rounded(rng, (d_model, g * d_head), s), rounded(rng, (h * d_head, d_model), s)]


def mha_by_hand(x, w_q, w_k, w_v, w_o, h, g, causal=False):
    """Independent check: loop over query heads, each with kv head i // (h // g)."""
    d_head = w_q.shape[1] // h
    n = x.shape[-2]
    outs = []
    for i in range(h):
        j = i // (h // g)
        q = x @ w_q[:, i * d_head:(i + 1) * d_head]
        k = x @ w_k[:, j * d_head:(j + 1) * d_head]
        v = x @ w_v[:, j * d_head:(j + 1) * d_head]
        s = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_head)
        if causal:
            s = np.where(np.tril(np.ones((n, n), dtype=bool)), s, -np.inf)
        p = np.exp(s - s.max(-1, keepdims=True))
        outs.append(p / p.sum(-1, keepdims=True) @ v)
    return np.concatenate(outs, axis=-1) @ w_o


def checked(t: Test, x, w, h, g, causal=False, **kw) -> int:
    index = t.call(GQA, x, *w, h, g, causal, **kw)
    assert np.allclose(t.value(index), mha_by_hand(x, *w, h, g, causal))
    return index


def samples() -> dict:
    t1 = Test(ref, "two key/value heads repeated for four query heads")
    kv = np.array([[[1.0, 2.0]], [[3.0, 4.0]]])          # (g=2, n=1, d=2)
    t1.call("repeat_kv", kv, 2)

    t2 = Test(ref, "four query heads sharing two key/value heads, d_head = 1")
    x = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    w_q = np.array([[1.0, 0.0, 2.0, -1.0], [0.0, 1.0, 0.0, 1.0]])
    w_k = np.array([[1.0, 0.0], [0.0, 1.0]])
    w_v = np.array([[1.0, 0.0], [0.0, 1.0]])
    w_o = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    t2.call(GQA, x, w_q, w_k, w_v, w_o, 4, 2, False)
    return {"1-repeat-kv": t1, "2-four-heads-two-groups": t2}


def secrets() -> dict:
    rng = np.random.default_rng(404)
    tests = {}

    t = Test(ref, "repeat_kv keeps each head's copies next to each other")
    kv = rounded(rng, (2, 3, 4, 2))
    for rep in (1, 2, 3):
        t.call("repeat_kv", kv, rep)
    t.raises("repeat_kv", kv, 0)
    tests["01-repeat-kv"] = t

    t = Test(ref, "num_kv_heads == num_heads is ordinary multi-head attention")
    x, w = rounded(rng, (5, 8)), params(rng, 8, 4, 4, 2)
    checked(t, x, w, 4, 4)
    tests["02-equals-mha"] = t

    t = Test(ref, "num_kv_heads == 1 is multi-query attention")
    x, w = rounded(rng, (5, 8)), params(rng, 8, 4, 1, 2)
    checked(t, x, w, 4, 1)
    tests["03-multi-query"] = t

    t = Test(ref, "8 query heads in 2 groups of 4 (and 4 groups of 2)")
    x = rounded(rng, (6, 16))
    checked(t, x, params(rng, 16, 8, 2, 2), 8, 2)
    checked(t, x, params(rng, 16, 8, 4, 2), 8, 4)
    tests["04-groups"] = t

    t = Test(ref, "head size different from d_model / num_heads")
    x = rounded(rng, (4, 6))
    checked(t, x, params(rng, 6, 4, 2, 5), 4, 2)
    checked(t, x, params(rng, 6, 6, 3, 1), 6, 3)
    tests["05-head-size"] = t

    t = Test(ref, "a batch of sequences")
    x = rounded(rng, (3, 5, 8))
    checked(t, x, params(rng, 8, 4, 2, 2), 4, 2)
    x = rounded(rng, (2, 2, 4, 8))
    checked(t, x, params(rng, 8, 6, 3, 2), 6, 3)
    tests["06-batched"] = t

    t = Test(ref, "causal: exact values, and later tokens never change earlier outputs")
    n = 7
    x, w = rounded(rng, (2, n, 8)), params(rng, 8, 4, 2, 4)
    first = checked(t, x, w, 4, 2, True)
    for cut in (1, 3, 6):
        x2 = x.copy()
        x2[:, cut:] = rounded(rng, (2, n - cut, 8))
        t.call(GQA, x2, *w, 4, 2, True, same_as=first, slice=[None, [0, cut]])
    tests["07-causal"] = t

    t = Test(ref, "changing the second key/value head leaves outputs of heads 0-1 alone (via w_o rows)")
    x, w = rounded(rng, (5, 8)), params(rng, 8, 4, 2, 2)
    w_o = w[3].copy()
    w_o[4:] = 0.0                                     # keep only query heads 0 and 1 in the output
    first = t.call(GQA, x, w[0], w[1], w[2], w_o, 4, 2, False)
    w_k2, w_v2 = w[1].copy(), w[2].copy()
    w_k2[:, 2:] = rounded(rng, (8, 2))
    w_v2[:, 2:] = rounded(rng, (8, 2))
    t.call(GQA, x, w[0], w_k2, w_v2, w_o, 4, 2, False, same_as=first)
    checked(t, x, [w[0], w_k2, w_v2, w[3]], 4, 2)
    tests["08-group-isolation"] = t

    t = Test(ref, "large activations stay finite")
    x, w = rounded(rng, (6, 8), 25.0, 2), params(rng, 8, 4, 2, 2)
    t.call(GQA, x, *w, 4, 2, True, check="finite")
    checked(t, x, w, 4, 2, True)
    tests["09-large-scores"] = t

    t = Test(ref, "inconsistent head counts and shapes raise ValueError")
    x = rounded(rng, (3, 8))
    t.raises(GQA, x, *params(rng, 8, 4, 3, 2), 4, 3, False)
    t.raises(GQA, x, *params(rng, 8, 4, 2, 2), 4, 4, False)
    w = params(rng, 8, 4, 2, 2)
    t.raises(GQA, x, w[0], w[1], w[2], rounded(rng, (8, 6)), 4, 2, False)
    t.raises(GQA, x, *w, 3, 1, False)
    tests["10-shape-errors"] = t

    t = Test(ref, "a Llama-like toy: batch 2, seq 12, d_model 32, 8 heads, 2 kv heads, causal")
    x, w = rounded(rng, (2, 12, 32)), params(rng, 32, 8, 2, 4)
    checked(t, x, w, 8, 2, True)
    tests["11-larger"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
