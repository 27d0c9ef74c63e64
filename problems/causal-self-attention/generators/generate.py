#!/usr/bin/env python3
"""Write data/sample and data/secret of causal-self-attention from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/causal_attention.py")
CSA = "causal_self_attention"


def params(rng, d: int):
    s = 1.0 / np.sqrt(d)
    return [rounded(rng, (d, 3 * d), s), rounded(rng, (3 * d,), 0.1), rounded(rng, (d, d), s), rounded(rng, (d,), 0.1)]


def changed_after(rng, x: np.ndarray, t: int, scale: float = 1.0) -> np.ndarray:
    """x with every position from t on replaced by new values."""
    y = x.copy()
    y[..., t:, :] = rounded(rng, y[..., t:, :].shape, scale)
    return y


def samples() -> dict:
    t1 = Test(ref, "the mask for four positions")
    t1.call("causal_mask", 4)

    t2 = Test(ref, "three tokens, one head, identity projections, zero biases")
    d = 2
    x = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    w_qkv = np.hstack([np.eye(d), np.eye(d), np.eye(d)])
    t2.call(CSA, x, w_qkv, np.zeros(3 * d), np.eye(d), np.zeros(d), 1)
    return {"1-mask": t1, "2-three-tokens": t2}


def secrets() -> dict:
    rng = np.random.default_rng(31)
    tests = {}

    t = Test(ref, "causal masks of several sizes, including 0 and 1")
    t.call("causal_mask", 0, expect=False)  # an empty (0, 0) array; JSON cannot carry its shape
    for n in (1, 2, 5, 8):
        t.call("causal_mask", n)
    t.raises("causal_mask", -1)
    tests["01-mask-sizes"] = t

    t = Test(ref, "the first token only sees itself: its output is its own value, projected")
    d = 8
    x, w = rounded(rng, (5, d)), params(rng, d)
    t.call(CSA, x, *w, 2)
    v0 = (x[0] @ w[0] + w[1])[2 * d:]
    assert np.allclose(t.value(1)[0], v0 @ w[2] + w[3])
    t.call(CSA, x[:1], *w, 2, same_as=1, slice=[[0, 1]])
    tests["02-first-token"] = t

    t = Test(ref, "changing tokens after position t leaves outputs 0..t-1 unchanged")
    d, n = 8, 7
    x, w = rounded(rng, (n, d)), params(rng, d)
    first = t.call(CSA, x, *w, 2)
    for cut in (1, 2, 4, 6):
        t.call(CSA, changed_after(rng, x, cut, 3.0), *w, 2, same_as=first, slice=[[0, cut]])
    tests["03-causality"] = t

    t = Test(ref, "causality in a batch: (batch, seq, d_model)")
    d, n = 8, 6
    x, w = rounded(rng, (3, n, d)), params(rng, d)
    first = t.call(CSA, x, *w, 4)
    for cut in (1, 3, 5):
        t.call(CSA, changed_after(rng, x, cut), *w, 4, same_as=first, slice=[None, [0, cut]])
    tests["04-batched-causality"] = t

    t = Test(ref, "a prefix gives the same outputs as the full sequence on the prefix")
    d, n = 12, 8
    x, w = rounded(rng, (2, n, d)), params(rng, d)
    first = t.call(CSA, x, *w, 3)
    t.call(CSA, x[:, :5], *w, 3, same_as=first, slice=[None, [0, 5]])
    tests["05-prefix"] = t

    t = Test(ref, "exact outputs for 1, 2 and 4 heads")
    d = 8
    x, w = rounded(rng, (6, d)), params(rng, d)
    for h in (1, 2, 4):
        t.call(CSA, x, *w, h)
    tests["06-head-counts"] = t

    t = Test(ref, "biases are applied (qkv and output)")
    d = 4
    x, w = rounded(rng, (4, d)), params(rng, d)
    w[1] = rounded(rng, (3 * d,))
    w[3] = rounded(rng, (d,))
    t.call(CSA, x, *w, 2)
    tests["07-biases"] = t

    t = Test(ref, "two leading dimensions")
    d = 8
    x, w = rounded(rng, (2, 2, 5, d)), params(rng, d)
    t.call(CSA, x, *w, 2)
    tests["08-two-leading-dims"] = t

    t = Test(ref, "large activations: scores in the thousands stay finite")
    d = 8
    x, w = rounded(rng, (6, d), 30.0, 2), params(rng, d)
    first = t.call(CSA, x, *w, 2, check="finite")
    t.call(CSA, x, *w, 2, same_as=first)
    t.call(CSA, x, *w, 2)
    tests["09-large-scores"] = t

    t = Test(ref, "bad shapes raise ValueError")
    d = 6
    x, w = rounded(rng, (3, d)), params(rng, d)
    t.raises(CSA, x, *w, 4)
    t.raises(CSA, x, rounded(rng, (d, 2 * d)), *w[1:], 2)
    t.raises(CSA, x, w[0], w[1], rounded(rng, (d, d + 1)), w[3], 2)
    tests["10-shape-errors"] = t

    t = Test(ref, "a GPT-sized toy: batch 2, seq 16, d_model 32, 4 heads")
    d, n = 32, 16
    x, w = rounded(rng, (2, n, d)), params(rng, d)
    first = t.call(CSA, x, *w, 4)
    t.call(CSA, changed_after(rng, x, 9), *w, 4, same_as=first, slice=[None, [0, 9]])
    tests["11-larger"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
