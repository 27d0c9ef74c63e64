#!/usr/bin/env python3
"""Write data/sample and data/secret of lora-adapter from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, numerical_gradient, rounded, write_tests

ref = load_reference("submissions/accepted/lora.py")
CLS = "LoRALinear"
GRAD_TOL = {"rel": 1e-5, "abs": 1e-7}
ROUND_TRIP = {"rel": 1e-9, "abs": 1e-12}


def samples() -> dict:
    t = Test(ref, "a 3 -> 2 layer with a rank-1 adapter: forward before and after merging")
    w = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    b = np.array([0.5, -0.5])
    x = np.array([[1.0, 2.0, 3.0]])
    t.new(CLS, w, b, 1, 2.0, 0)
    t.call("forward", x)
    t.call("set_adapters", np.array([[1.0], [0.0], [1.0]]), np.array([[0.5, -1.0]]), expect=False)
    t.call("forward", x)
    t.call("merge", expect=False)
    t.call("weight")
    t.call("forward", x)
    return {"1-rank-one": t}


def secrets() -> dict:
    rng = np.random.default_rng(5)
    tests = {}

    t = Test(ref, "initialization: A from the seed, B zero, so the layer starts as the base layer")
    w, b, x = rounded(rng, (6, 4)), rounded(rng, (4,)), rounded(rng, (3, 6))
    t.new(CLS, w, b, 2, 16.0, 123)
    t.call("adapter_a")
    t.call("adapter_b")
    index = t.call("forward", x)
    assert np.allclose(t.value(index), x @ w + b)
    t.call("num_trainable_params")
    tests["01-initialization"] = t

    t = Test(ref, "merged and unmerged forward passes agree")
    w, b, x = rounded(rng, (8, 5)), rounded(rng, (5,)), rounded(rng, (4, 8))
    t.new(CLS, w, b, 3, 6.0, 1)
    t.call("set_adapters", rounded(rng, (8, 3)), rounded(rng, (3, 5)), expect=False)
    first = t.call("forward", x)
    t.call("merge", expect=False)
    t.call("is_merged")
    t.call("forward", x, same_as=first, tolerance={"rel": 1e-9, "abs": 1e-10})
    t.call("forward", x)
    tests["02-merge-equivalence"] = t

    t = Test(ref, "the merged weight is W + (alpha / r) A B; unmerging restores W")
    w, b = rounded(rng, (5, 4)), rounded(rng, (4,))
    t.new(CLS, w, b, 2, 4.0, 2)
    t.call("set_adapters", rounded(rng, (5, 2)), rounded(rng, (2, 4)), expect=False)
    original = t.call("weight")
    t.call("merge", expect=False)
    t.call("weight")
    t.call("unmerge", expect=False)
    t.call("is_merged")
    t.call("weight", same_as=original, tolerance=ROUND_TRIP)
    tests["03-merge-unmerge"] = t

    t = Test(ref, "merging twice or unmerging an unmerged layer changes nothing")
    w, b, x = rounded(rng, (4, 4)), rounded(rng, (4,)), rounded(rng, (2, 4))
    t.new(CLS, w, b, 2, 8.0, 3)
    t.call("set_adapters", rounded(rng, (4, 2)), rounded(rng, (2, 4)), expect=False)
    t.call("unmerge", expect=False)
    base = t.call("weight")
    t.call("merge", expect=False)
    t.call("merge", expect=False)
    t.call("weight")
    t.call("forward", x)
    t.call("unmerge", expect=False)
    t.call("unmerge", expect=False)
    t.call("weight", same_as=base, tolerance=ROUND_TRIP)
    tests["04-idempotent"] = t

    t = Test(ref, "the scale is alpha / rank: rank 1, 2 and 4 with alpha 8")
    w, b, x = rounded(rng, (6, 6)), rounded(rng, (6,)), rounded(rng, (2, 6))
    for r in (1, 2, 4):
        name = f"r{r}"
        t.new(CLS, w, b, r, 8.0, 4, name=name)
        t.call("set_adapters", rounded(rng, (6, r)), rounded(rng, (r, 6)), on=name, expect=False)
        t.call("forward", x, on=name)
        t.call("num_trainable_params", on=name)
    tests["05-scaling"] = t

    t = Test(ref, "sequence inputs (batch, seq, d_in)")
    w, b, x = rounded(rng, (8, 6)), rounded(rng, (6,)), rounded(rng, (2, 3, 8))
    t.new(CLS, w, b, 2, 2.0, 5)
    t.call("set_adapters", rounded(rng, (8, 2)), rounded(rng, (2, 6)), expect=False)
    first = t.call("forward", x)
    t.call("merge", expect=False)
    t.call("forward", x, same_as=first, tolerance={"rel": 1e-9, "abs": 1e-10})
    tests["06-sequence-input"] = t

    t = Test(ref, "module functions: lora_forward and the gradients of the adapter")
    x, w, b = rounded(rng, (4, 5)), rounded(rng, (5, 3)), rounded(rng, (3,))
    a, bl, dy = rounded(rng, (5, 2)), rounded(rng, (2, 3)), rounded(rng, (4, 3))
    t.call("lora_forward", x, w, b, a, bl, 4.0)
    t.call("lora_backward", dy, x, w, a, bl, 4.0)
    tests["07-functions"] = t

    t = Test(ref, "gradient check: dx, dA and dB against finite differences of lora_forward")
    x, w, b = rounded(rng, (3, 4)), rounded(rng, (4, 3)), rounded(rng, (3,))
    a, bl, dy = rounded(rng, (4, 2)), rounded(rng, (2, 3)), rounded(rng, (3, 3))
    for wrt, pick in ((0, 0), (3, 1), (4, 2)):
        index = t.numgrad("lora_forward", x, w, b, a, bl, 4.0, wrt=wrt, weights=dy)
        t.call("lora_backward", dy, x, w, a, bl, 4.0, pick=pick, same_as=index, tolerance=GRAD_TOL)
        numeric = numerical_gradient(ref.lora_forward, [x, w, b, a, bl, 4.0], wrt, dy)
        assert np.allclose(numeric, ref.lora_backward(dy, x, w, a, bl, 4.0)[pick], rtol=1e-5, atol=1e-7)
    tests["08-gradient-check"] = t

    t = Test(ref, "at initialization B = 0, so A gets no gradient; B does")
    x, w, b = rounded(rng, (3, 4)), rounded(rng, (4, 2)), rounded(rng, (2,))
    a, dy = rounded(rng, (4, 2)), rounded(rng, (3, 2))
    t.call("lora_backward", dy, x, w, a, np.zeros((2, 2)), 2.0)
    tests["09-gradients-at-init"] = t

    t = Test(ref, "invalid use raises ValueError")
    w, b = rounded(rng, (4, 3)), rounded(rng, (3,))
    t.new_raises(CLS, w, b, 0, 1.0, 0)
    t.new_raises(CLS, w, b, 4, 1.0, 0)
    t.new_raises(CLS, w, rounded(rng, (4,)), 2, 1.0, 0)
    t.new(CLS, w, b, 2, 1.0, 0)
    t.raises("set_adapters", rounded(rng, (3, 2)), rounded(rng, (2, 3)))
    t.raises("forward", rounded(rng, (2, 3)))
    t.call("merge", expect=False)
    t.raises("set_adapters", rounded(rng, (4, 2)), rounded(rng, (2, 3)))
    t.new_raises(CLS, np.ones(4), np.ones(4), 1, 1.0, 0)
    t.new_raises(CLS, np.ones((2, 4, 3)), np.ones(3), 1, 1.0, 0)
    tests["10-errors"] = t

    t = Test(ref, "a projection-sized layer: 32 -> 48, rank 8, alpha 16")
    w, b, x = rounded(rng, (32, 48), 0.2), rounded(rng, (48,)), rounded(rng, (6, 32))
    t.new(CLS, w, b, 8, 16.0, 9)
    t.call("set_adapters", rounded(rng, (32, 8), 0.2), rounded(rng, (8, 48), 0.2), expect=False)
    first = t.call("forward", x)
    t.call("merge", expect=False)
    t.call("forward", x, same_as=first, tolerance={"rel": 1e-9, "abs": 1e-10})
    t.call("num_trainable_params")
    tests["11-larger"] = t

    t = Test(ref, "sequence inputs in the functions: adapter gradients sum over batch and positions")
    x, w, b = rounded(rng, (2, 3, 4)), rounded(rng, (4, 3)), rounded(rng, (3,))
    a, bl, dy = rounded(rng, (4, 2)), rounded(rng, (2, 3)), rounded(rng, (2, 3, 3))
    t.call("lora_forward", x, w, b, a, bl, 2.0)
    t.call("lora_backward", dy, x, w, a, bl, 2.0)
    for wrt, pick in ((0, 0), (3, 1), (4, 2)):
        index = t.numgrad("lora_forward", x, w, b, a, bl, 2.0, wrt=wrt, weights=dy)
        t.call("lora_backward", dy, x, w, a, bl, 2.0, pick=pick, same_as=index, tolerance=GRAD_TOL)
    tests["12-sequence-gradients"] = t

    t = Test(ref, "the largest allowed rank, min(d_in, d_out)")
    w, b, x = rounded(rng, (5, 3)), rounded(rng, (3,)), rounded(rng, (2, 5))
    t.new(CLS, w, b, 3, 3.0, 7)
    t.call("set_adapters", rounded(rng, (5, 3)), rounded(rng, (3, 3)), expect=False)
    first = t.call("forward", x)
    t.call("merge", expect=False)
    t.call("forward", x, same_as=first, tolerance={"rel": 1e-9, "abs": 1e-10})
    t.call("num_trainable_params")
    tests["13-full-rank"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
