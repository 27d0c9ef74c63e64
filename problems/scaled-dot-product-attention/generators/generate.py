#!/usr/bin/env python3
"""Write data/sample and data/secret of scaled-dot-product-attention from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/attention.py")
SDPA = "scaled_dot_product_attention"


def causal(n_q: int, n_k: int) -> np.ndarray:
    return np.tril(np.ones((n_q, n_k), dtype=bool))


def samples() -> dict:
    t1 = Test(ref, "softmax of two rows, then along axis 0")
    x = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
    t1.call("softmax", x)
    t1.call("softmax", x, 0)

    t2 = Test(ref, "two queries over three keys, without and with a mask")
    q = np.array([[2.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 2.0]])
    k = np.array([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0], [1.0, 0.0, 1.0, 0.0]])
    v = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    t2.call(SDPA, q, k, v)
    t2.call(SDPA, q, k, v, np.array([[True, False, True], [True, True, False]]))
    return {"1-softmax": t1, "2-attention": t2}


def secrets() -> dict:
    rng = np.random.default_rng(20240601)
    tests = {}

    t = Test(ref, "softmax along every axis of a 3-D array; rows are distributions")
    x = rounded(rng, (2, 3, 4), 2.0)
    for axis in (-1, 0, 1, 2):
        t.call("softmax", x, axis)
    t.call("softmax", x, check="probabilities")
    t.call("softmax", rounded(rng, (5,), 3.0))
    tests["01-softmax-axes"] = t

    t = Test(ref, "softmax of logits in the thousands stays finite and shift-invariant")
    x = np.array([[1000.0, 1001.0, 1002.0], [-5000.0, 0.0, 5000.0], [7e4, 7e4, 7e4], [-1e4, -1e4 + 1, -1e4 + 2]])
    first = t.call("softmax", x, check="finite")
    t.call("softmax", x, check="probabilities")
    t.call("softmax", x - 1234.5, same_as=first)
    big = rounded(rng, (3, 6), 800.0, 2)
    t.call("softmax", big, check="finite")
    t.call("softmax", big, 0)
    t.call("softmax", big, 1, check="probabilities")
    tests["02-softmax-large-logits"] = t

    t = Test(ref, "2-D inputs: several d_k, seq_q != seq_k, d_v != d_k")
    for n_q, n_k, d_k, d_v in [(1, 1, 1, 1), (3, 5, 1, 2), (4, 6, 8, 3), (5, 2, 16, 7), (6, 6, 64, 4)]:
        t.call(SDPA, rounded(rng, (n_q, d_k)), rounded(rng, (n_k, d_k)), rounded(rng, (n_k, d_v)))
    tests["03-unbatched"] = t

    t = Test(ref, "a batch of sequences (batch, seq, d)")
    t.call(SDPA, rounded(rng, (3, 4, 8)), rounded(rng, (3, 5, 8)), rounded(rng, (3, 5, 6)))
    t.call(SDPA, rounded(rng, (2, 7, 4)), rounded(rng, (2, 7, 4)), rounded(rng, (2, 7, 4)))
    tests["04-batched-3d"] = t

    t = Test(ref, "batch and heads (batch, heads, seq, d)")
    t.call(SDPA, rounded(rng, (2, 3, 5, 8)), rounded(rng, (2, 3, 6, 8)), rounded(rng, (2, 3, 6, 4)))
    tests["05-batched-heads"] = t

    t = Test(ref, "leading dimensions broadcast: one key/value head shared by all query heads")
    t.call(SDPA, rounded(rng, (2, 4, 3, 8)), rounded(rng, (2, 1, 5, 8)), rounded(rng, (2, 1, 5, 8)))
    t.call(SDPA, rounded(rng, (3, 4, 6)), rounded(rng, (5, 6)), rounded(rng, (5, 2)))
    tests["06-broadcast-leading-dims"] = t

    t = Test(ref, "large scores: outputs stay finite and exact")
    q, k, v = rounded(rng, (4, 16), 60.0, 2), rounded(rng, (6, 16), 60.0, 2), rounded(rng, (6, 3))
    t.call(SDPA, q, k, v, check="finite")
    t.call(SDPA, q, k, v)
    t.call(SDPA, rounded(rng, (2, 3, 8), 300.0, 1), rounded(rng, (2, 4, 8), 300.0, 1), rounded(rng, (2, 4, 5)))
    tests["07-large-logits"] = t

    t = Test(ref, "causal mask: position t never sees a later key")
    n, d = 6, 8
    q, k, v = rounded(rng, (2, n, d)), rounded(rng, (2, n, d)), rounded(rng, (2, n, d))
    first = t.call(SDPA, q, k, v, causal(n, n))
    for cut in (1, 3, 5):
        k2, v2 = k.copy(), v.copy()
        k2[:, cut:] = rounded(rng, (2, n - cut, d))
        v2[:, cut:] = rounded(rng, (2, n - cut, d))
        t.call(SDPA, q, k2, v2, causal(n, n), same_as=first, slice=[None, [0, cut]])
    t.call(SDPA, q[0], k[0], v[0], causal(n, n))
    tests["08-causal-mask"] = t

    t = Test(ref, "key padding mask (batch, 1, seq_k): padded keys change nothing")
    q, k, v = rounded(rng, (3, 4, 8)), rounded(rng, (3, 5, 8)), rounded(rng, (3, 5, 4))
    lengths = [5, 3, 1]
    pad = np.array([[j < n for j in range(5)] for n in lengths])[:, None, :]
    first = t.call(SDPA, q, k, v, pad)
    k2, v2 = k.copy(), v.copy()
    for b, n in enumerate(lengths):
        k2[b, n:] = rounded(rng, (5 - n, 8), 5.0)
        v2[b, n:] = rounded(rng, (5 - n, 4), 5.0)
    t.call(SDPA, q, k2, v2, pad, same_as=first)
    tests["09-padding-mask"] = t

    t = Test(ref, "a query allowed to see no key gets zeros; the other rows are unaffected")
    q, k, v = rounded(rng, (3, 4)), rounded(rng, (4, 4)), rounded(rng, (4, 2))
    mask = np.array([[True, True, False, False], [False, False, False, False], [False, True, True, True]])
    t.call(SDPA, q, k, v, mask)
    t.call(SDPA, q, k, v, np.zeros((3, 4), dtype=bool))
    t.call(SDPA, q, k, v, np.ones((3, 4), dtype=bool))
    tests["10-fully-masked-row"] = t

    t = Test(ref, "one key: every query returns that key's value")
    t.call(SDPA, rounded(rng, (4, 3)), rounded(rng, (1, 3)), np.array([[2.5, -1.0, 0.25]]))
    t.call(SDPA, rounded(rng, (2, 3, 5)), rounded(rng, (2, 1, 5)), rounded(rng, (2, 1, 2)))
    tests["11-single-key"] = t

    t = Test(ref, "reordering the key/value pairs together leaves the output unchanged")
    q, k, v = rounded(rng, (5, 8)), rounded(rng, (7, 8)), rounded(rng, (7, 3))
    first = t.call(SDPA, q, k, v)
    perm = rng.permutation(7)
    t.call(SDPA, q, k[perm], v[perm], same_as=first)
    tests["12-key-permutation"] = t

    t = Test(ref, "identical keys give uniform weights: the output is the mean value")
    k = np.tile(rounded(rng, (1, 4)), (5, 1))
    t.call(SDPA, rounded(rng, (3, 4)), k, rounded(rng, (5, 3)))
    t.call(SDPA, np.zeros((2, 4)), rounded(rng, (5, 4)), rounded(rng, (5, 3)))
    tests["13-uniform-weights"] = t

    t = Test(ref, "mismatched shapes raise ValueError")
    t.raises(SDPA, rounded(rng, (3, 4)), rounded(rng, (5, 6)), rounded(rng, (5, 2)))
    t.raises(SDPA, rounded(rng, (3, 4)), rounded(rng, (5, 4)), rounded(rng, (6, 2)))
    tests["14-shape-errors"] = t

    t = Test(ref, "a larger batch with heads and a causal mask")
    b, h, n, d = 4, 4, 16, 16
    q, k, v = rounded(rng, (b, h, n, d)), rounded(rng, (b, h, n, d)), rounded(rng, (b, h, n, d))
    t.call(SDPA, q, k, v, causal(n, n))
    tests["15-larger"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
