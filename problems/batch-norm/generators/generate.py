#!/usr/bin/env python3
"""Write data/sample and data/secret of batch-norm from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/batch_norm.py")
CLS = "BatchNorm"


def samples() -> dict:
    t = Test(ref, "one training batch, the running statistics, then evaluation")
    t.new(CLS, 2)
    x = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [4.0, 40.0]])
    t.call("forward", x)
    t.call("running_mean")
    t.call("running_var")
    t.call("eval", expect=False)
    t.call("forward", np.array([[2.5, 25.0], [0.0, 0.0]]))
    return {"1-train-then-eval": t}


def secrets() -> dict:
    rng = np.random.default_rng(10)
    tests = {}

    t = Test(ref, "training output is normalized per channel with the biased batch variance")
    t.new(CLS, 3)
    x = rounded(rng, (6, 3), 2.0) + np.array([5.0, -3.0, 0.0])
    t.call("forward", x)
    t.call("set_affine", np.array([2.0, 0.5, -1.0]), np.array([0.1, 0.2, 0.3]), expect=False)
    t.call("forward", x)
    tests["01-training-output"] = t

    t = Test(ref, "running statistics over several batches: momentum and the unbiased variance")
    t.new(CLS, 4, 0.1)
    for _ in range(5):
        t.call("forward", rounded(rng, (8, 4), 3.0) + 2.0)
        t.call("running_mean")
        t.call("running_var")
    tests["02-running-statistics"] = t

    t = Test(ref, "other momenta: 0 keeps the initial estimates, 1 keeps only the last batch")
    for m in (0.0, 0.5, 1.0):
        name = f"m{m}"
        t.new(CLS, 2, m, name=name)
        t.call("forward", rounded(rng, (5, 2)), on=name)
        t.call("forward", rounded(rng, (5, 2)), on=name)
        t.call("running_mean", on=name)
        t.call("running_var", on=name)
    tests["03-momentum"] = t

    t = Test(ref, "eval mode uses the running statistics and changes nothing")
    t.new(CLS, 3)
    for _ in range(3):
        t.call("forward", rounded(rng, (10, 3), 2.0) + 1.0)
    t.call("eval", expect=False)
    x = rounded(rng, (4, 3))
    first = t.call("forward", x)
    t.call("running_mean")
    t.call("forward", x, same_as=first)
    t.call("forward", x[:1])
    t.call("running_var")
    tests["04-eval-mode"] = t

    t = Test(ref, "eval before any training: mean 0, variance 1")
    t.new(CLS, 2)
    t.call("eval", expect=False)
    t.call("forward", np.array([[1.0, -2.0], [3.0, 0.5]]))
    tests["05-eval-untrained"] = t

    t = Test(ref, "switching between train and eval")
    t.new(CLS, 2, 0.2)
    t.call("forward", rounded(rng, (4, 2)))
    t.call("eval", expect=False)
    t.call("forward", rounded(rng, (3, 2)))
    t.call("train", expect=False)
    t.call("forward", rounded(rng, (4, 2)))
    t.call("running_mean")
    t.call("eval", expect=False)
    t.call("forward", rounded(rng, (3, 2)))
    tests["06-mode-switching"] = t

    t = Test(ref, "sequence input (N, C, L): statistics over batch and length")
    t.new(CLS, 3)
    x = rounded(rng, (4, 3, 5), 2.0)
    t.call("forward", x)
    t.call("running_mean")
    t.call("running_var")
    t.call("eval", expect=False)
    t.call("forward", rounded(rng, (2, 3, 4)))
    tests["07-sequence-input"] = t

    t = Test(ref, "a single value per channel cannot be normalized in training; eval is fine")
    t.new(CLS, 3)
    t.raises("forward", rounded(rng, (1, 3)))
    t.raises("forward", rounded(rng, (1, 3, 1)))
    t.call("running_mean")
    t.call("forward", rounded(rng, (1, 3, 2)))
    t.call("eval", expect=False)
    t.call("forward", rounded(rng, (1, 3)))
    tests["08-batch-of-one"] = t

    t = Test(ref, "wrong shapes raise ValueError")
    t.new(CLS, 3)
    t.raises("forward", rounded(rng, (4, 2)))
    t.raises("forward", rounded(rng, (4,)))
    t.raises("set_affine", np.ones(2), np.zeros(3))
    t.new_raises(CLS, 0)
    tests["09-shape-errors"] = t

    t = Test(ref, "a constant channel: eps keeps the output finite")
    t.new(CLS, 2)
    x = np.array([[1.0, 7.0], [2.0, 7.0], [3.0, 7.0]])
    t.call("forward", x, check="finite")
    t.call("forward", x)
    t.call("running_var")
    tests["10-constant-channel"] = t

    t = Test(ref, "a longer run: 20 batches of 32, then evaluation")
    t.new(CLS, 8, 0.05, 1e-3)
    for _ in range(20):
        t.call("forward", rounded(rng, (32, 8), 1.5) + np.arange(8.0), expect=False)
    t.call("running_mean")
    t.call("running_var")
    t.call("eval", expect=False)
    t.call("forward", rounded(rng, (6, 8)) + np.arange(8.0))
    tests["11-long-run"] = t

    t = Test(ref, "gamma and beta apply in eval mode too, for (N, C) and (N, C, L) inputs")
    t.new(CLS, 3, 0.3)
    t.call("set_affine", np.array([1.5, -0.5, 3.0]), np.array([0.25, -1.0, 2.0]), expect=False)
    t.call("forward", rounded(rng, (6, 3), 2.0) + 1.0)
    t.call("forward", rounded(rng, (6, 3), 2.0) - 1.0)
    t.call("eval", expect=False)
    t.call("forward", rounded(rng, (4, 3)))
    t.call("forward", rounded(rng, (2, 3, 5)))
    tests["12-affine-in-eval"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
