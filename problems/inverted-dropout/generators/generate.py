#!/usr/bin/env python3
"""Write data/sample and data/secret of inverted-dropout from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/dropout.py")
FWD, BWD, MASK = "dropout_forward", "dropout_backward", "dropout_mask"


def samples() -> dict:
    t = Test(ref, "p = 0.5 with seed 0 on a 2 x 4 array, then the same call in eval mode")
    x = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
    t.call(MASK, [2, 4], 0.5, 0)
    t.call(FWD, x, 0.5, True, 0)
    t.call(FWD, x, 0.5, False, 0)
    return {"1-half": t}


def secrets() -> dict:
    rng = np.random.default_rng(11)
    tests = {}

    t = Test(ref, "masks for several p and seeds; keep where u >= p")
    for p, seed in [(0.1, 1), (0.3, 2), (0.5, 3), (0.9, 4)]:
        t.call(MASK, [3, 5], p, seed)
    t.call(MASK, [2, 2, 3], 0.25, 42)
    tests["01-masks"] = t

    t = Test(ref, "training outputs: kept entries scaled by 1 / (1 - p), dropped ones exactly 0")
    x = rounded(rng, (4, 6))
    for p, seed in [(0.2, 5), (0.5, 6), (0.75, 7)]:
        t.call(FWD, x, p, True, seed)
    tests["02-training"] = t

    t = Test(ref, "the same seed gives the same mask; another seed another one")
    x = rounded(rng, (3, 4))
    first = t.call(FWD, x, 0.4, True, 123)
    t.call(FWD, x, 0.4, True, 123, same_as=first)
    t.call(FWD, x, 0.4, True, 124)
    tests["03-determinism"] = t

    t = Test(ref, "eval mode is the identity whatever p and the seed")
    x = rounded(rng, (2, 3, 4))
    for p in (0.0, 0.5, 0.9, 1.0):
        t.call(FWD, x, p, False, 9)
    tests["04-eval-identity"] = t

    t = Test(ref, "p = 0 keeps everything; p = 1 drops everything without dividing by zero")
    x = rounded(rng, (3, 3))
    t.call(FWD, x, 0.0, True, 1)
    t.call(FWD, x, 1.0, True, 1, check="finite")
    t.call(FWD, x, 1.0, True, 1)
    tests["05-extreme-p"] = t

    t = Test(ref, "backward multiplies by the same scale; it matches finite differences")
    x, dout = rounded(rng, (3, 4)), rounded(rng, (3, 4))
    _, scale = ref.dropout_forward(x, 0.3, True, 77)
    t.call(BWD, dout, scale)
    index = t.numgrad(FWD, x, 0.3, True, 77, wrt=0, pick=0, weights=dout)
    t.call(BWD, dout, scale, same_as=index, tolerance={"rel": 1e-5, "abs": 1e-7})
    t.call(FWD, x, 0.3, True, 77, pick=1)
    tests["06-backward"] = t

    t = Test(ref, "the kept fraction is close to 1 - p and the mean is preserved in expectation (2000 units)")
    x = np.ones(2000)
    out = t.value(t.call(FWD, x, 0.3, True, 2024, pick=0))
    assert abs(out.mean() - 1.0) < 0.05 and abs((out > 0).mean() - 0.7) < 0.04
    tests["07-expectation"] = t

    t = Test(ref, "any input shape: vectors, matrices, 4-D activations")
    t.call(FWD, rounded(rng, (7,)), 0.5, True, 3)
    t.call(FWD, rounded(rng, (2, 2, 2, 3)), 0.5, True, 3)
    tests["08-shapes"] = t

    t = Test(ref, "invalid p raises ValueError")
    x = rounded(rng, (2, 2))
    t.raises(FWD, x, -0.1, True, 0)
    t.raises(FWD, x, 1.5, True, 0)
    t.raises(MASK, [2, 2], 2.0, 0)
    t.raises(BWD, rounded(rng, (2, 2)), np.ones((2, 3)))
    t.raises(BWD, np.ones((2, 3)), np.ones(3))
    t.raises(BWD, np.ones((1, 3)), np.ones((3, 1)))
    t.raises(FWD, x, 1.5, False, 0)
    t.raises(FWD, x, -0.5, False, 0)
    tests["09-errors"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
