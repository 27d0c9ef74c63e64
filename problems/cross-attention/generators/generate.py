#!/usr/bin/env python3
"""Write data/sample and data/secret of cross-attention from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/cross_attention.py")
XA = "cross_attention"


def params(rng, d_model: int, d_ctx: int):
    return [rounded(rng, (d_model, d_model), d_model ** -0.5), rounded(rng, (d_ctx, d_model), d_ctx ** -0.5),
            rounded(rng, (d_ctx, d_model), d_ctx ** -0.5), rounded(rng, (d_model, d_model), d_model ** -0.5)]


def lengths_mask(lengths, n_k):
    return np.array([[j < m for j in range(n_k)] for m in lengths])


def samples() -> dict:
    t = Test(ref, "two decoder positions over three encoder positions; then the third is padding")
    x = np.array([[[1.0, 0.0], [0.0, 1.0]]])
    context = np.array([[[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]]])
    eye = np.eye(2)
    t.call(XA, x, context, eye, eye, eye, eye, 1)
    t.call(XA, x, context, eye, eye, eye, eye, 1, np.array([[True, True, False]]))
    return {"1-two-over-three": t}


def secrets() -> dict:
    rng = np.random.default_rng(99)
    tests = {}

    t = Test(ref, "more queries than keys, fewer queries than keys")
    w = params(rng, 8, 8)
    t.call(XA, rounded(rng, (2, 7, 8)), rounded(rng, (2, 3, 8)), *w, 2)
    t.call(XA, rounded(rng, (2, 2, 8)), rounded(rng, (2, 9, 8)), *w, 2)
    t.call(XA, rounded(rng, (1, 1, 8)), rounded(rng, (1, 1, 8)), *w, 2)
    tests["01-lengths"] = t

    t = Test(ref, "encoder width differs from decoder width (d_ctx = 12, d_model = 8)")
    w = params(rng, 8, 12)
    t.call(XA, rounded(rng, (2, 4, 8)), rounded(rng, (2, 6, 12)), *w, 4)
    w = params(rng, 6, 3)
    t.call(XA, rounded(rng, (1, 5, 6)), rounded(rng, (1, 2, 3)), *w, 3)
    tests["02-context-width"] = t

    t = Test(ref, "1, 2, 4 and 8 heads")
    x, c, w = rounded(rng, (2, 3, 8)), rounded(rng, (2, 5, 8)), params(rng, 8, 8)
    for h in (1, 2, 4, 8):
        t.call(XA, x, c, *w, h)
    tests["03-head-counts"] = t

    t = Test(ref, "padding mask: changing padded context positions changes nothing")
    x, c, w = rounded(rng, (3, 4, 8)), rounded(rng, (3, 6, 8)), params(rng, 8, 8)
    mask = lengths_mask([6, 4, 1], 6)
    first = t.call(XA, x, c, *w, 2, mask)
    c2 = c.copy()
    c2[~mask] = rounded(rng, (int((~mask).sum()), 8), 5.0)
    t.call(XA, x, c2, *w, 2, mask, same_as=first)
    tests["04-padding-mask"] = t

    t = Test(ref, "a padded batch element equals the same element run alone without padding")
    x, c, w = rounded(rng, (2, 3, 8)), rounded(rng, (2, 5, 8)), params(rng, 8, 8)
    mask = lengths_mask([5, 2], 5)
    t.call(XA, x, c, *w, 4, mask)
    alone = t.call(XA, x[1:], c[1:, :2], *w, 4)
    assert np.allclose(t.value(alone)[0], t.value(1)[1])
    tests["05-padding-equals-truncation"] = t

    t = Test(ref, "each query is independent of the other queries (no mask along the decoder axis)")
    x, c, w = rounded(rng, (2, 5, 8)), rounded(rng, (2, 4, 8)), params(rng, 8, 8)
    first = t.call(XA, x, c, *w, 2)
    x2 = x.copy()
    x2[:, 0] = rounded(rng, (2, 8), 3.0)
    t.call(XA, x2, c, *w, 2, same_as=first, slice=[None, [1, 5]])
    x3 = x.copy()
    x3[:, 4] = rounded(rng, (2, 8), 3.0)
    t.call(XA, x3, c, *w, 2, same_as=first, slice=[None, [0, 4]])
    tests["06-queries-independent"] = t

    t = Test(ref, "a fully padded context gives zeros for that batch element only")
    x, c, w = rounded(rng, (2, 3, 4)), rounded(rng, (2, 3, 4)), params(rng, 4, 4)
    t.call(XA, x, c, *w, 2, np.array([[True, False, True], [False, False, False]]))
    tests["07-fully-padded"] = t

    t = Test(ref, "two leading dimensions, with a mask")
    x, c, w = rounded(rng, (2, 2, 3, 8)), rounded(rng, (2, 2, 4, 6)), params(rng, 8, 6)
    mask = rng.random((2, 2, 4)) < 0.7
    mask[..., 0] = True
    t.call(XA, x, c, *w, 2, mask)
    tests["08-two-leading-dims"] = t

    t = Test(ref, "large activations stay finite")
    x, c, w = rounded(rng, (2, 4, 8), 20.0, 2), rounded(rng, (2, 5, 8), 20.0, 2), params(rng, 8, 8)
    t.call(XA, x, c, *w, 2, check="finite")
    t.call(XA, x, c, *w, 2, lengths_mask([5, 3], 5))
    tests["09-large-scores"] = t

    t = Test(ref, "inconsistent shapes raise ValueError")
    x, c = rounded(rng, (2, 3, 8)), rounded(rng, (2, 4, 6))
    w = params(rng, 8, 6)
    t.raises(XA, x, c, *w, 3)
    t.raises(XA, x, c, w[0], rounded(rng, (8, 8)), w[2], w[3], 2)
    t.raises(XA, x, rounded(rng, (3, 4, 6)), *w, 2)
    t.raises(XA, x, c, *w, 2, np.ones((2, 3), dtype=bool))
    t.raises(XA, x, c, *w, 2, np.array([True, True, False, True]))  # no batch axis: must not broadcast
    tests["10-shape-errors"] = t

    t = Test(ref, "a translation-sized toy: batch 2, 10 target and 14 source tokens, 4 heads")
    x, c, w = rounded(rng, (2, 10, 16)), rounded(rng, (2, 14, 24)), params(rng, 16, 24)
    t.call(XA, x, c, *w, 4, lengths_mask([14, 9], 14))
    tests["11-larger"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
