#!/usr/bin/env python3
"""Write data/sample and data/secret of optimizers from the reference solution.

Multi-step tests feed the reference's outputs of step t into step t + 1, so each call is a single step
with known inputs. Run from anywhere with /usr/bin/python3; the output is the same on every run.
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/optimizers.py")
SGD, ADAM, ADAMW = "sgd_momentum_step", "adam_step", "adamw_step"


def chain_sgd(t: Test, param, grads, lr, momentum, wd=0.0, nesterov=False) -> None:
    velocity = np.zeros_like(param)
    for g in grads:
        param, velocity = t.value(t.call(SGD, param, g, velocity, lr, momentum, wd, nesterov))


def chain_adam(t: Test, fn: str, param, grads, lr, b1, b2, eps, wd, start: int = 1) -> None:
    m, v = np.zeros_like(param), np.zeros_like(param)
    for i, g in enumerate(grads):
        param, m, v = t.value(t.call(fn, param, g, m, v, start + i, lr, b1, b2, eps, wd))


def samples() -> dict:
    t = Test(ref, "one step of each optimizer from zero state")
    p = np.array([1.0, -2.0, 0.5])
    g = np.array([0.1, -0.2, 0.0])
    zero = np.zeros(3)
    t.call(SGD, p, g, np.array([0.5, 0.0, -0.5]), 0.1, 0.9)
    t.call(ADAM, p, g, zero, zero, 1, 0.01, 0.9, 0.999, 1e-8)
    t.call(ADAMW, p, g, zero, zero, 1, 0.01, 0.9, 0.999, 1e-8, 0.1)
    return {"1-one-step-each": t}


def secrets() -> dict:
    rng = np.random.default_rng(17)
    tests = {}

    t = Test(ref, "SGD with momentum over four steps; momentum 0 is plain SGD")
    p = rounded(rng, (4,))
    chain_sgd(t, p, [rounded(rng, (4,)) for _ in range(4)], 0.05, 0.9)
    index = t.call(SGD, p, np.ones(4), rounded(rng, (4,)), 0.1, 0.0)
    assert np.allclose(t.value(index)[0], p - 0.1)
    tests["01-sgd-momentum"] = t

    t = Test(ref, "SGD with weight decay, and Nesterov momentum")
    p = rounded(rng, (3,))
    chain_sgd(t, p, [rounded(rng, (3,)) for _ in range(3)], 0.1, 0.8, 0.01)
    chain_sgd(t, p, [rounded(rng, (3,)) for _ in range(3)], 0.1, 0.8, 0.0, True)
    chain_sgd(t, p, [rounded(rng, (3,)) for _ in range(2)], 0.1, 0.9, 0.05, True)
    tests["02-sgd-weight-decay-nesterov"] = t

    t = Test(ref, "Adam's first step moves every coordinate by about lr, whatever the gradient's scale")
    p = rounded(rng, (5,))
    zero = np.zeros(5)
    t.call(ADAM, p, np.array([1e-3, -5.0, 200.0, -0.02, 1.0]), zero, zero, 1, 0.1, 0.9, 0.999, 1e-8)
    t.call(ADAM, p, np.array([1e-3, -5.0, 200.0, -0.02, 1.0]), zero, zero, 1, 0.001, 0.8, 0.99, 1e-8)
    tests["03-adam-first-step"] = t

    t = Test(ref, "Adam over six steps with changing gradients (bias correction at every step)")
    chain_adam(t, ADAM, rounded(rng, (2, 3)), [rounded(rng, (2, 3)) for _ in range(6)], 0.01, 0.9, 0.999, 1e-8, 0.0)
    tests["04-adam-steps"] = t

    t = Test(ref, "late steps: at t = 1000 the bias correction of m has vanished but not that of v")
    p, g = rounded(rng, (4,)), rounded(rng, (4,))
    m, v = rounded(rng, (4,), 0.1), np.abs(rounded(rng, (4,), 0.1)) ** 2
    t.call(ADAM, p, g, m, v, 1000, 0.001, 0.9, 0.999, 1e-8)
    t.call(ADAM, p, g, m, v, 10, 0.001, 0.9, 0.999, 1e-8)
    tests["05-adam-late-steps"] = t

    t = Test(ref, "Adam with L2 weight decay adds wd * param to the gradient")
    chain_adam(t, ADAM, rounded(rng, (4,)), [rounded(rng, (4,)) for _ in range(3)], 0.01, 0.9, 0.999, 1e-8, 0.1)
    tests["06-adam-l2"] = t

    t = Test(ref, "AdamW decays the weights directly; with weight_decay 0 it is Adam")
    p = rounded(rng, (4,))
    grads = [rounded(rng, (4,)) for _ in range(3)]
    chain_adam(t, ADAMW, p, grads, 0.01, 0.9, 0.999, 1e-8, 0.1)
    zero = np.zeros(4)
    first = t.call(ADAM, p, grads[0], zero, zero, 1, 0.01, 0.9, 0.999, 1e-8, 0.0)
    t.call(ADAMW, p, grads[0], zero, zero, 1, 0.01, 0.9, 0.999, 1e-8, 0.0, same_as=first)
    tests["07-adamw"] = t

    t = Test(ref, "AdamW and Adam-with-L2 differ: with a zero gradient AdamW still shrinks the weights")
    p = rounded(rng, (3,))
    zero = np.zeros(3)
    t.call(ADAMW, p, zero, zero, zero, 1, 0.1, 0.9, 0.999, 1e-8, 0.5)
    t.call(ADAM, p, zero, zero, zero, 1, 0.1, 0.9, 0.999, 1e-8, 0.5)
    t.call(ADAM, p, zero, zero, zero, 1, 0.1, 0.9, 0.999, 1e-8, 0.0)
    tests["08-decoupled-vs-l2"] = t

    t = Test(ref, "tiny gradients: eps is added after the square root")
    p = rounded(rng, (4,))
    grads = [np.array([1e-7, -3e-8, 2e-6, 0.0]) for _ in range(2)]
    chain_adam(t, ADAM, p, grads, 0.01, 0.9, 0.999, 1e-8, 0.0)
    chain_adam(t, ADAM, p, grads, 0.01, 0.9, 0.999, 1e-6, 0.0)
    tests["09-small-gradients"] = t

    t = Test(ref, "minimizing (x - 3)^2 with Adam: 40 consecutive steps")
    p = np.array([0.0, 10.0])
    m, v = np.zeros(2), np.zeros(2)
    for step in range(1, 41):
        p, m, v = t.value(t.call(ADAM, p, 2 * (p - 3.0), m, v, step, 0.3, 0.9, 0.999, 1e-8))
    assert np.all(np.abs(p - 3.0) < 1.0)
    tests["10-quadratic"] = t

    t = Test(ref, "invalid arguments raise ValueError")
    p = rounded(rng, (3,))
    zero = np.zeros(3)
    t.raises(ADAM, p, p, zero, zero, 0, 0.01, 0.9, 0.999, 1e-8)
    t.raises(ADAMW, p, p, zero, zero, 0, 0.01, 0.9, 0.999, 1e-8, 0.1)
    t.raises(ADAM, p, rounded(rng, (4,)), zero, zero, 1, 0.01, 0.9, 0.999, 1e-8)
    t.raises(SGD, p, p, np.zeros(2), 0.1, 0.9)
    tests["11-errors"] = t

    t = Test(ref, "a weight matrix (64 x 32): one AdamW step")
    shape = (64, 32)
    t.call(ADAMW, rounded(rng, shape), rounded(rng, shape), rounded(rng, shape, 0.01),
           np.abs(rounded(rng, shape, 0.01)), 7, 3e-4, 0.9, 0.95, 1e-8, 0.1)
    tests["12-larger"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
