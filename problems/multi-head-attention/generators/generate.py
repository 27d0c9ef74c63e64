#!/usr/bin/env python3
"""Write data/sample and data/secret of multi-head-attention from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/mha.py")
MHA = "multi_head_attention"
WEIGHTS = "attention_weights"


def params(rng, d_model: int):
    s = 1.0 / np.sqrt(d_model)
    return [rounded(rng, (d_model, d_model), s) for _ in range(4)]


def causal(n: int) -> np.ndarray:
    return np.tril(np.ones((n, n), dtype=bool))


def single_head(x, w_q, w_k, w_v, w_o, mask=None):
    """Independent check of the reference: plain one-head attention, written out."""
    q, k, v = x @ w_q, x @ w_k, x @ w_v
    s = q @ k.T / np.sqrt(q.shape[-1])
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    p = np.exp(s - s.max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    return p @ v @ w_o


def samples() -> dict:
    t = Test(ref, "three tokens, d_model = 4, two heads")
    x = np.array([[1.0, 0.0, 1.0, 0.0], [0.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 0.0]])
    eye = np.eye(4)
    w_v = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 1.0, 0.0]])
    t.call(WEIGHTS, x, eye, eye, 2)
    t.call(MHA, x, eye, eye, w_v, eye, 2)
    return {"1-two-heads": t}


def secrets() -> dict:
    rng = np.random.default_rng(7)
    tests = {}

    t = Test(ref, "one head equals plain scaled dot-product attention")
    x = rounded(rng, (5, 8))
    w = params(rng, 8)
    t.call(MHA, x, *w, 1)
    assert np.allclose(t.value(1), single_head(x, *w))
    t.call(WEIGHTS, x, w[0], w[1], 1, check="probabilities")
    tests["01-one-head"] = t

    t = Test(ref, "d_model = 8 split into 1, 2, 4 and 8 heads")
    x = rounded(rng, (6, 8))
    w = params(rng, 8)
    for h in (1, 2, 4, 8):
        t.call(MHA, x, *w, h)
    tests["02-head-counts"] = t

    t = Test(ref, "attention weights per head: shape (heads, seq, seq), rows are distributions")
    x = rounded(rng, (5, 12))
    w = params(rng, 12)
    t.call(WEIGHTS, x, w[0], w[1], 3)
    t.call(WEIGHTS, x, w[0], w[1], 3, check="probabilities")
    t.call(WEIGHTS, x, w[0], w[1], 4)
    tests["03-weights-per-head"] = t

    t = Test(ref, "a batch of sequences (batch, seq, d_model)")
    x = rounded(rng, (3, 5, 16))
    w = params(rng, 16)
    t.call(MHA, x, *w, 4)
    t.call(WEIGHTS, x, w[0], w[1], 4)
    tests["04-batched"] = t

    t = Test(ref, "two leading dimensions (2, 3, seq, d_model)")
    x = rounded(rng, (2, 3, 4, 8))
    w = params(rng, 8)
    t.call(MHA, x, *w, 2)
    tests["05-two-leading-dims"] = t

    t = Test(ref, "causal mask (seq, seq) shared by the batch and the heads")
    n = 6
    x = rounded(rng, (2, n, 8))
    w = params(rng, 8)
    first = t.call(MHA, x, *w, 2, causal(n))
    x2 = x.copy()
    x2[:, 4:] = rounded(rng, (2, n - 4, 8))
    t.call(MHA, x2, *w, 2, causal(n), same_as=first, slice=[None, [0, 4]])
    t.call(WEIGHTS, x, w[0], w[1], 2, causal(n), check="probabilities")
    tests["06-causal-mask"] = t

    t = Test(ref, "padding mask (batch, 1, 1, seq): padded tokens do not influence real ones")
    n = 5
    x = rounded(rng, (3, n, 8))
    w = params(rng, 8)
    lengths = [5, 3, 2]
    pad = np.array([[j < m for j in range(n)] for m in lengths])[:, None, None, :]
    first = t.call(MHA, x, *w, 4, pad)
    x2 = x.copy()
    for b, m in enumerate(lengths):
        x2[b, m:] = rounded(rng, (n - m, 8), 3.0)
    t.call(MHA, x2, *w, 4, pad, same_as=first, slice=[[1, 2], [0, 3]])
    t.call(MHA, x2, *w, 4, pad, same_as=first, slice=[[2, 3], [0, 2]])
    tests["07-padding-mask"] = t

    t = Test(ref, "heads are independent: changing head 1's query weights leaves head 0 unchanged")
    x = rounded(rng, (5, 8))
    w = params(rng, 8)
    first = t.call(WEIGHTS, x, w[0], w[1], 2)
    w_q2 = w[0].copy()
    w_q2[:, 4:] = rounded(rng, (8, 4))
    t.call(WEIGHTS, x, w_q2, w[1], 2, same_as=first, slice=[[0, 1]])
    t.call(WEIGHTS, x, w_q2, w[1], 2)
    tests["08-head-independence"] = t

    t = Test(ref, "self-attention without a mask is permutation-equivariant")
    x = rounded(rng, (6, 8))
    w = params(rng, 8)
    t.call(MHA, x, *w, 2)
    perm = rng.permutation(6)
    t.call(MHA, x[perm], *w, 2)
    assert np.allclose(t.value(2), t.value(1)[perm])
    tests["09-permutation"] = t

    t = Test(ref, "a single token attends only to itself")
    x = rounded(rng, (1, 8))
    w = params(rng, 8)
    t.call(MHA, x, *w, 4)
    assert np.allclose(t.value(1), x @ w[2] @ w[3])
    t.call(WEIGHTS, x, w[0], w[1], 4)
    tests["10-single-token"] = t

    t = Test(ref, "larger weights: scores in the hundreds stay finite")
    x = rounded(rng, (2, 6, 8), 10.0, 2)
    w = params(rng, 8)
    t.call(MHA, x, *w, 2, check="finite")
    t.call(MHA, x, *w, 2)
    tests["11-large-scores"] = t

    t = Test(ref, "bad shapes raise ValueError")
    x = rounded(rng, (4, 6))
    w = params(rng, 6)
    t.raises(MHA, x, *w, 4)
    t.raises(MHA, x, *w, 0)
    t.raises(MHA, x, rounded(rng, (6, 4)), *w[1:], 2)
    t.raises(WEIGHTS, x, w[0], w[1], 5)
    tests["12-shape-errors"] = t

    t = Test(ref, "a realistic layer: batch 2, seq 16, d_model 32, 4 heads, causal")
    x = rounded(rng, (2, 16, 32))
    w = params(rng, 32)
    t.call(MHA, x, *w, 4, causal(16))
    tests["13-larger"] = t

    t = Test(ref, "scores in the thousands: a softmax without the max shift overflows")
    x = rounded(rng, (2, 5, 8), 40.0, 2)
    w = params(rng, 8)
    t.call(MHA, x, *w, 2, check="finite")
    t.call(MHA, x, *w, 2)
    t.call(WEIGHTS, x, w[0], w[1], 2, check="probabilities")
    assert np.abs(np.einsum("...id,...jd->...ij", x @ w[0], x @ w[1])).max() / 2.0 > 1000.0
    tests["14-huge-scores"] = t

    t = Test(ref, "a query whose mask row is all False gets zero weights; other rows are unaffected")
    x = rounded(rng, (4, 8))
    w = params(rng, 8)
    mask = np.array([[True, False, False, False], [False, False, False, False],
                     [True, True, True, False], [False, True, False, True]])
    t.call(WEIGHTS, x, w[0], w[1], 2, mask)
    t.call(MHA, x, *w, 2, mask)
    assert np.all(t.value(1)[:, 1] == 0.0) and np.all(t.value(2)[1] == 0.0)
    x_b = rounded(rng, (2, 3, 8))
    pad = np.array([[True, True, False], [False, False, False]])[:, None, None, :]
    t.call(MHA, x_b, *w, 2, pad)
    tests["15-fully-masked-row"] = t

    t = Test(ref, "an output projection of the wrong shape raises ValueError")
    x = rounded(rng, (3, 6))
    w = params(rng, 6)
    t.raises(MHA, x, w[0], w[1], w[2], rounded(rng, (6, 5)), 2)
    t.raises(MHA, x, w[0], w[1], rounded(rng, (6, 4)), w[3], 2)
    tests["16-projection-shapes"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
