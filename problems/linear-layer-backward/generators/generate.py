#!/usr/bin/env python3
"""Write data/sample and data/secret of linear-layer-backward from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, numerical_gradient, rounded, write_tests

ref = load_reference("submissions/accepted/linear.py")
FWD, BWD = "linear_forward", "linear_backward"
GRAD_TOL = {"rel": 1e-5, "abs": 1e-7}


def gradient_checks(t: Test, x, w, b, dy) -> None:
    """Finite differences of the candidate's forward against its backward, for x, w and b."""
    for wrt in range(3):
        index = t.numgrad(FWD, x, w, b, wrt=wrt, weights=dy)
        t.call(BWD, dy, x, w, pick=wrt, same_as=index, tolerance=GRAD_TOL)
        analytic = ref.linear_backward(dy, x, w)[wrt]
        assert np.allclose(numerical_gradient(ref.linear_forward, [x, w, b], wrt, dy), analytic, atol=1e-6)


def samples() -> dict:
    t = Test(ref, "a batch of two, 3 inputs, 2 outputs")
    x = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]])
    w = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]])
    b = np.array([0.5, -0.5])
    dy = np.array([[1.0, 0.0], [0.0, 2.0]])
    t.call(FWD, x, w, b)
    t.call(BWD, dy, x, w)
    return {"1-small-batch": t}


def secrets() -> dict:
    rng = np.random.default_rng(8)
    tests = {}

    t = Test(ref, "exact forward and backward on a random batch")
    x, w, b, dy = rounded(rng, (5, 4)), rounded(rng, (4, 3)), rounded(rng, (3,)), rounded(rng, (5, 3))
    t.call(FWD, x, w, b)
    for i in range(3):
        t.call(BWD, dy, x, w, pick=i)
    tests["01-random-batch"] = t

    t = Test(ref, "gradient check: finite differences of forward agree with backward")
    x, w, b, dy = rounded(rng, (4, 5)), rounded(rng, (5, 3)), rounded(rng, (3,)), rounded(rng, (4, 3))
    gradient_checks(t, x, w, b, dy)
    tests["02-gradient-check"] = t

    t = Test(ref, "sequence inputs (batch, seq, d_in): dw and db sum over batch and sequence")
    x, w, b, dy = rounded(rng, (2, 3, 4)), rounded(rng, (4, 5)), rounded(rng, (5,)), rounded(rng, (2, 3, 5))
    t.call(FWD, x, w, b)
    t.call(BWD, dy, x, w)
    gradient_checks(t, x, w, b, dy)
    tests["03-sequence-input"] = t

    t = Test(ref, "a single vector input (d_in,)")
    x, w, b, dy = rounded(rng, (3,)), rounded(rng, (3, 2)), rounded(rng, (2,)), rounded(rng, (2,))
    t.call(FWD, x, w, b)
    t.call(BWD, dy, x, w)
    gradient_checks(t, x, w, b, dy)
    tests["04-single-vector"] = t

    t = Test(ref, "square weights: dw is x^T dy, not its transpose")
    x, w, b, dy = rounded(rng, (3, 3)), rounded(rng, (3, 3)), rounded(rng, (3,)), rounded(rng, (3, 3))
    t.call(BWD, dy, x, w, pick=1)
    t.call(BWD, dy, x, w, pick=0)
    tests["05-square"] = t

    t = Test(ref, "one-hot upstream gradient picks out a row of x and a column of w")
    x, w = rounded(rng, (4, 3)), rounded(rng, (3, 5))
    dy = np.zeros((4, 5))
    dy[2, 1] = 1.0
    t.call(BWD, dy, x, w)
    tests["06-one-hot-upstream"] = t

    t = Test(ref, "zero upstream gradient gives zero gradients")
    x, w = rounded(rng, (2, 4)), rounded(rng, (4, 3))
    t.call(BWD, np.zeros((2, 3)), x, w)
    tests["07-zero-upstream"] = t

    t = Test(ref, "two stacked layers: backprop through both, checked end to end")
    x = rounded(rng, (3, 4))
    w1, b1 = rounded(rng, (4, 6)), rounded(rng, (6,))
    w2, b2 = rounded(rng, (6, 2)), rounded(rng, (2,))
    h = t.value(t.call(FWD, x, w1, b1))
    t.call(FWD, h, w2, b2)
    dy = rounded(rng, (3, 2))
    dh = t.value(t.call(BWD, dy, h, w2, pick=0))
    t.call(BWD, dh, x, w1)
    tests["08-two-layers"] = t

    t = Test(ref, "mismatched shapes raise ValueError")
    t.raises(FWD, rounded(rng, (2, 3)), rounded(rng, (4, 2)), rounded(rng, (2,)))
    t.raises(FWD, rounded(rng, (2, 3)), rounded(rng, (3, 2)), rounded(rng, (3,)))
    t.raises(BWD, rounded(rng, (2, 3)), rounded(rng, (2, 3)), rounded(rng, (3, 2)))
    tests["09-shape-errors"] = t

    t = Test(ref, "a wider layer: batch 16, 32 -> 24, gradient-checked on w")
    x, w, b, dy = rounded(rng, (16, 32)), rounded(rng, (32, 24), 0.2), rounded(rng, (24,)), rounded(rng, (16, 24))
    t.call(FWD, x, w, b)
    t.call(BWD, dy, x, w)
    index = t.numgrad(FWD, x[:4, :6], w[:6, :5], b[:5], wrt=1, weights=dy[:4, :5])
    t.call(BWD, dy[:4, :5], x[:4, :6], w[:6, :5], pick=1, same_as=index, tolerance=GRAD_TOL)
    tests["10-larger"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
