#!/usr/bin/env python3
"""Write data/sample and data/secret of transformer-block from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/block.py")
BLOCK = "transformer_block"


def params(rng, d: int, d_ff: int, scale: float = 1.0) -> dict:
    s = scale / np.sqrt(d)
    return {
        "ln1_gamma": np.round(1.0 + 0.1 * rng.standard_normal(d), 4), "ln1_beta": rounded(rng, (d,), 0.1),
        "w_qkv": rounded(rng, (d, 3 * d), s), "b_qkv": rounded(rng, (3 * d,), 0.1),
        "w_o": rounded(rng, (d, d), s), "b_o": rounded(rng, (d,), 0.1),
        "ln2_gamma": np.round(1.0 + 0.1 * rng.standard_normal(d), 4), "ln2_beta": rounded(rng, (d,), 0.1),
        "w_fc": rounded(rng, (d, d_ff), s), "b_fc": rounded(rng, (d_ff,), 0.1),
        "w_proj": rounded(rng, (d_ff, d), scale / np.sqrt(d_ff)), "b_proj": rounded(rng, (d,), 0.1),
    }


def identity_params(d: int, d_ff: int) -> dict:
    """A block whose sublayers are easy to follow by hand: unit norms, identity-like projections."""
    p = {"ln1_gamma": np.ones(d), "ln1_beta": np.zeros(d), "w_qkv": np.hstack([np.eye(d)] * 3),
         "b_qkv": np.zeros(3 * d), "w_o": np.eye(d), "b_o": np.zeros(d),
         "ln2_gamma": np.ones(d), "ln2_beta": np.zeros(d), "w_fc": np.zeros((d, d_ff)), "b_fc": np.zeros(d_ff),
         "w_proj": np.zeros((d_ff, d)), "b_proj": np.zeros(d)}
    p["w_fc"][:d, :d] = np.eye(d)
    p["w_proj"][:d, :d] = np.eye(d)
    return p


def samples() -> dict:
    t1 = Test(ref, "GELU and layer norm, the two building blocks")
    t1.call("gelu", np.array([-3.0, -1.0, 0.0, 0.5, 1.0, 3.0]))
    t1.call("layer_norm", np.array([[1.0, 2.0, 3.0, 4.0]]), np.ones(4), np.zeros(4))

    t2 = Test(ref, "two tokens through a block with identity projections")
    x = np.array([[1.0, -1.0, 0.0, 0.0], [0.0, 2.0, 0.0, -2.0]])
    t2.call(BLOCK, x, identity_params(4, 8), 1)
    return {"1-building-blocks": t1, "2-identity-block": t2}


def secrets() -> dict:
    rng = np.random.default_rng(77)
    tests = {}

    t = Test(ref, "GELU over a range, including large magnitudes")
    t.call("gelu", np.linspace(-6.0, 6.0, 25))
    t.call("gelu", np.array([[-50.0, 50.0], [1e-4, -1e-4]]))
    tests["01-gelu"] = t

    t = Test(ref, "layer norm over the last axis of 3-D activations")
    t.call("layer_norm", rounded(rng, (2, 3, 6), 2.0), rounded(rng, (6,)), rounded(rng, (6,)))
    t.call("layer_norm", np.array([[5.0, 5.0, 5.0]]), np.ones(3), np.array([0.1, 0.2, 0.3]))
    tests["02-layer-norm"] = t

    t = Test(ref, "one sequence, exact output")
    t.call(BLOCK, rounded(rng, (5, 8)), params(rng, 8, 32), 2)
    tests["03-single-sequence"] = t

    t = Test(ref, "a batch of sequences, 1, 2 and 4 heads")
    x, p = rounded(rng, (2, 4, 8)), params(rng, 8, 32)
    for h in (1, 2, 4):
        t.call(BLOCK, x, p, h)
    tests["04-batch-and-heads"] = t

    t = Test(ref, "the block is causal: later tokens never change earlier outputs")
    n = 6
    x, p = rounded(rng, (2, n, 8)), params(rng, 8, 16)
    first = t.call(BLOCK, x, p, 2)
    for cut in (1, 3, 5):
        x2 = x.copy()
        x2[:, cut:] = rounded(rng, (2, n - cut, 8), 3.0)
        t.call(BLOCK, x2, p, 2, same_as=first, slice=[None, [0, cut]])
    tests["05-causality"] = t

    t = Test(ref, "zero sublayer outputs make the block the identity (residual path)")
    p = params(rng, 8, 16)
    p["w_o"], p["b_o"] = np.zeros((8, 8)), np.zeros(8)
    p["w_proj"], p["b_proj"] = np.zeros((16, 8)), np.zeros(8)
    x = rounded(rng, (3, 8))
    index = t.call(BLOCK, x, p, 2)
    assert np.allclose(t.value(index), x)
    tests["06-residual-identity"] = t

    t = Test(ref, "only the MLP: attention output zeroed")
    p = params(rng, 8, 24)
    p["w_o"], p["b_o"] = np.zeros((8, 8)), np.zeros(8)
    t.call(BLOCK, rounded(rng, (4, 8)), p, 4)
    tests["07-mlp-only"] = t

    t = Test(ref, "only attention: MLP output zeroed")
    p = params(rng, 8, 24)
    p["w_proj"], p["b_proj"] = np.zeros((24, 8)), np.zeros(8)
    t.call(BLOCK, rounded(rng, (4, 8)), p, 2)
    tests["08-attention-only"] = t

    t = Test(ref, "inputs with a large scale: the pre-norm keeps sublayer inputs normalized")
    x, p = rounded(rng, (4, 8), 100.0, 2), params(rng, 8, 16)
    t.call(BLOCK, x, p, 2, check="finite")
    t.call(BLOCK, x, p, 2)
    tests["09-large-inputs"] = t

    t = Test(ref, "a stack of two blocks (the output of one feeds the next)")
    x, p1, p2 = rounded(rng, (2, 5, 8)), params(rng, 8, 32), params(rng, 8, 32)
    h = t.value(t.call(BLOCK, x, p1, 2))
    t.call(BLOCK, h, p2, 2)
    tests["10-two-blocks"] = t

    t = Test(ref, "errors: heads that do not divide d_model; a missing parameter")
    p = params(rng, 6, 12)
    t.raises(BLOCK, rounded(rng, (3, 6)), p, 4)
    del p["w_fc"]
    t.raises(BLOCK, rounded(rng, (3, 6)), p, 2, error="KeyError")
    p = identity_params(4, 8)
    t.raises(BLOCK, np.ones((2, 4)), p, 0)
    t.raises(BLOCK, np.ones((2, 4)), p, -2)
    tests["11-errors"] = t

    t = Test(ref, "a GPT-2-shaped toy: batch 2, seq 12, d_model 32, d_ff 128, 4 heads")
    t.call(BLOCK, rounded(rng, (2, 12, 32)), params(rng, 32, 128), 4)
    tests["12-larger"] = t

    t = Test(ref, "two batch dimensions, (2, 3, 5, 8) with 2 heads")
    x, p = rounded(rng, (2, 3, 5, 8)), params(rng, 8, 16)
    t.call(BLOCK, x, p, 2)
    t.call(BLOCK, x[1, 2], p, 2)
    tests["13-two-batch-dims"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
