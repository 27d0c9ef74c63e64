#!/usr/bin/env python3
"""Write data/sample and data/secret of layer-norm from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, numerical_gradient, rounded, write_tests

ref = load_reference("submissions/accepted/layer_norm.py")
FWD, BWD = "layer_norm_forward", "layer_norm_backward"
GRAD_TOL = {"rel": 1e-5, "abs": 1e-7}


def gradient_checks(t: Test, x, gamma, beta, dy, eps=None) -> None:
    """Finite differences of the candidate's forward (projected on dy) against its backward."""
    extra = [] if eps is None else [eps]
    for wrt in range(3):
        index = t.numgrad(FWD, x, gamma, beta, *extra, wrt=wrt, weights=dy)
        t.call(BWD, dy, x, gamma, *extra, pick=wrt, same_as=index, tolerance=GRAD_TOL)
        numeric = numerical_gradient(ref.layer_norm_forward, [x, gamma, beta, *extra], wrt, dy)
        assert np.allclose(numeric, ref.layer_norm_backward(dy, x, gamma, *extra)[wrt], rtol=1e-5, atol=1e-7)


def samples() -> dict:
    t = Test(ref, "two rows of four features")
    x = np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 6.0]])
    gamma = np.array([1.0, 1.0, 2.0, 0.5])
    beta = np.array([0.0, 0.1, 0.0, -0.1])
    dy = np.array([[1.0, 0.0, 0.0, 0.0], [0.5, -0.5, 1.0, 0.0]])
    t.call(FWD, x, gamma, beta)
    t.call(BWD, dy, x, gamma)
    return {"1-two-rows": t}


def secrets() -> dict:
    rng = np.random.default_rng(12)
    tests = {}

    t = Test(ref, "exact forward and backward on a random batch")
    x, gamma, beta, dy = rounded(rng, (4, 6), 2.0), rounded(rng, (6,)), rounded(rng, (6,)), rounded(rng, (4, 6))
    t.call(FWD, x, gamma, beta)
    for i in range(3):
        t.call(BWD, dy, x, gamma, pick=i)
    tests["01-random-batch"] = t

    t = Test(ref, "gradient check for x, gamma and beta")
    x, gamma, beta, dy = rounded(rng, (3, 5)), rounded(rng, (5,)), rounded(rng, (5,)), rounded(rng, (3, 5))
    gradient_checks(t, x, gamma, beta, dy)
    tests["02-gradient-check"] = t

    t = Test(ref, "transformer activations (batch, seq, d_model): statistics per token")
    x, gamma, beta, dy = rounded(rng, (2, 3, 8)), rounded(rng, (8,)), rounded(rng, (8,)), rounded(rng, (2, 3, 8))
    t.call(FWD, x, gamma, beta)
    t.call(BWD, dy, x, gamma)
    gradient_checks(t, x[:1, :2, :5], gamma[:5], beta[:5], dy[:1, :2, :5])
    tests["03-sequence-input"] = t

    t = Test(ref, "with gamma = 1 and beta = 0, every row has mean 0 and variance 1 / (1 + eps / var)")
    x = rounded(rng, (5, 7), 3.0)
    t.call(FWD, x, np.ones(7), np.zeros(7))
    t.call(FWD, rounded(rng, (7,)), np.ones(7), np.zeros(7))
    tests["04-unit-affine"] = t

    t = Test(ref, "a custom eps, exact and gradient-checked")
    x, gamma, beta, dy = rounded(rng, (3, 4), 0.1), rounded(rng, (4,)), rounded(rng, (4,)), rounded(rng, (3, 4))
    t.call(FWD, x, gamma, beta, 0.01)
    t.call(BWD, dy, x, gamma, 0.01)
    gradient_checks(t, x, gamma, beta, dy, 0.01)
    tests["05-custom-eps"] = t

    t = Test(ref, "constant and nearly constant rows: eps goes inside the square root")
    x = np.array([[3.0, 3.0, 3.0, 3.0], [1.0, 1.001, 0.999, 1.0], [-2.0, -2.0, -2.0, -2.0005]])
    gamma, beta, dy = rounded(rng, (4,)), rounded(rng, (4,)), rounded(rng, (3, 4))
    t.call(FWD, x, gamma, beta)
    t.call(BWD, dy, x, gamma)
    tests["06-constant-rows"] = t

    t = Test(ref, "shifting a row by a constant changes nothing")
    x, gamma, beta = rounded(rng, (3, 6)), rounded(rng, (6,)), rounded(rng, (6,))
    first = t.call(FWD, x, gamma, beta)
    t.call(FWD, x + 1000.0, gamma, beta, same_as=first, tolerance={"rel": 1e-6, "abs": 1e-7})
    t.call(FWD, x * 50.0, gamma, beta)
    tests["07-shift-invariance"] = t

    t = Test(ref, "a single feature normalizes to beta; its input gradient is 0")
    x, dy = rounded(rng, (3, 1)), rounded(rng, (3, 1))
    t.call(FWD, x, np.array([2.0]), np.array([0.5]))
    t.call(BWD, dy, x, np.array([2.0]))
    tests["08-single-feature"] = t

    t = Test(ref, "the input gradient of every row sums to zero and is orthogonal to x_hat")
    x, gamma, dy = rounded(rng, (4, 6)), np.ones(6), rounded(rng, (4, 6))
    dx = t.value(t.call(BWD, dy, x, gamma, pick=0))
    assert np.allclose(dx.sum(-1), 0.0)
    tests["09-gradient-structure"] = t

    t = Test(ref, "mismatched shapes raise ValueError")
    t.raises(FWD, rounded(rng, (2, 4)), np.ones(3), np.zeros(4))
    t.raises(FWD, rounded(rng, (2, 4)), np.ones(4), np.zeros(5))
    t.raises(BWD, rounded(rng, (2, 3)), rounded(rng, (2, 4)), np.ones(4))
    tests["10-shape-errors"] = t

    t = Test(ref, "a realistic width: batch 4, seq 8, d_model 64")
    x, gamma, beta, dy = rounded(rng, (4, 8, 64)), rounded(rng, (64,)), rounded(rng, (64,)), rounded(rng, (4, 8, 64))
    t.call(FWD, x, gamma, beta)
    t.call(BWD, dy, x, gamma)
    tests["11-larger"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
