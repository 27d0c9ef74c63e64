#!/usr/bin/env python3
"""Write data/sample and data/secret of positional-encodings from the reference solution.

Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/positions.py")
SIN, ROPE, SCORES = "sinusoidal_encoding", "apply_rope", "rope_scores"


def ints(values) -> np.ndarray:
    return np.asarray(values, dtype=np.int64)


def samples() -> dict:
    t1 = Test(ref, "sinusoidal encodings of 3 positions, d_model = 4")
    t1.call(SIN, 3, 4)

    t2 = Test(ref, "RoPE on two tokens with d = 4")
    x = np.array([[1.0, 0.0, 1.0, 0.0], [1.0, 0.0, 1.0, 0.0]])
    t2.call(ROPE, x, ints([0, 1]))
    return {"1-sinusoidal": t1, "2-rope": t2}


def secrets() -> dict:
    rng = np.random.default_rng(314)
    tests = {}

    t = Test(ref, "sinusoidal encodings of several sizes; position 0 is (0, 1, 0, 1, ...)")
    for n, d in [(1, 2), (5, 8), (16, 6), (3, 32)]:
        t.call(SIN, n, d)
    tests["01-sinusoidal-sizes"] = t

    t = Test(ref, "another base; far positions")
    t.call(SIN, 4, 8, 100.0)
    index = t.call(SIN, 512, 4)
    t.call(SIN, 3, 4, 10000.0)
    assert t.value(index).shape == (512, 4)
    tests["02-sinusoidal-base-and-long"] = t

    t = Test(ref, "odd or invalid sizes raise ValueError")
    t.raises(SIN, 4, 5)
    t.raises(SIN, 4, 0)
    t.raises(SIN, -1, 4)
    t.raises(ROPE, rounded(rng, (3, 5)), ints([0, 1, 2]))
    t.raises(ROPE, rounded(rng, (3, 4)), ints([0, 1]))
    t.raises(ROPE, np.ones((3, 4)), ints([[0], [1], [2]]))
    tests["03-errors"] = t

    t = Test(ref, "RoPE on a sequence: position 0 is left unchanged")
    x = rounded(rng, (5, 8))
    index = t.call(ROPE, x, ints(range(5)))
    assert np.allclose(t.value(index)[0], x[0])
    t.call(ROPE, x, ints(range(5)), 500.0)
    tests["04-rope-sequence"] = t

    t = Test(ref, "RoPE over batch and heads (batch, heads, seq, d_head)")
    t.call(ROPE, rounded(rng, (2, 3, 4, 6)), ints([0, 1, 2, 3]))
    tests["05-rope-batched"] = t

    t = Test(ref, "arbitrary positions, as when decoding with a KV cache (positions 7, 8, 9 or with gaps)")
    x = rounded(rng, (3, 8))
    t.call(ROPE, x, ints([7, 8, 9]))
    t.call(ROPE, x, ints([0, 10, 1000]))
    t.call(ROPE, x, ints([100000, 100001, 100002]))
    tests["06-rope-positions"] = t

    t = Test(ref, "rotated scores depend only on the offset between query and key positions")
    q, k = rounded(rng, (3, 8)), rounded(rng, (4, 8))
    qp, kp = ints([3, 4, 5]), ints([0, 1, 2, 3])
    first = t.call(SCORES, q, k, qp, kp)
    t.call(SCORES, q, k, qp + 17, kp + 17, same_as=first, tolerance={"rel": 1e-6, "abs": 1e-9})
    t.call(SCORES, q, k, qp + 1000, kp + 1000, same_as=first, tolerance={"rel": 1e-6, "abs": 1e-9})
    t.call(SCORES, q, k, qp, kp + 1)
    tests["07-relative-property"] = t

    t = Test(ref, "RoPE is a rotation: at equal positions the scores equal the plain dot products")
    q, k = rounded(rng, (2, 6)), rounded(rng, (2, 6))
    index = t.call(SCORES, q, k, ints([5, 5]), ints([5, 5]))
    assert np.allclose(np.diag(t.value(index)), np.sum(q * k, axis=1))
    t.call(SCORES, q, k, ints([0, 0]), ints([0, 0]))
    tests["08-rotation"] = t

    t = Test(ref, "d = 2: a single pair rotates by exactly p radians")
    x = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 2.0], [3.0, -1.0]])
    t.call(ROPE, x, ints([0, 1, 2, 3]))
    tests["09-single-pair"] = t

    t = Test(ref, "a realistic head: seq 32, d_head 64")
    t.call(ROPE, rounded(rng, (32, 64)), ints(range(32)))
    t.call(SIN, 32, 64)
    tests["10-larger"] = t

    t = Test(ref, "rope_scores with another base; an empty sinusoidal table (seq_len 0) is allowed")
    q, k = rounded(rng, (3, 8)), rounded(rng, (2, 8))
    t.call(SCORES, q, k, ints([4, 5, 6]), ints([0, 9]), 100.0)
    t.call(SCORES, q, k, ints([4, 5, 6]), ints([0, 9]), 1e6)
    index = t.call(SIN, 0, 4, expect=False, check="finite")
    assert t.value(index).shape == (0, 4)
    tests["11-base-and-empty"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
