#!/usr/bin/env python3
"""Write data/sample and data/secret of mlp-training from the reference solution.

Training tests do not pin exact values: they expect loss 0 and accuracy 1 with an absolute
tolerance T, which is exactly "loss <= T and accuracy >= 1 - T".
Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, numerical_gradient, rounded, write_tests

ref = load_reference("submissions/accepted/mlp.py")
GRAD_TOL = {"rel": 1e-5, "abs": 1e-7}


def ints(a) -> np.ndarray:
    return np.asarray(a, dtype=np.int64)


def moons(rng, n):
    t = rng.uniform(0, np.pi, n)
    label = rng.integers(0, 2, n)
    x = np.where(label[:, None] == 0, np.c_[np.cos(t), np.sin(t)], np.c_[1 - np.cos(t), 0.5 - np.sin(t)])
    return np.round(x + rng.normal(0, 0.1, (n, 2)), 3), ints(label)


def circles(rng, n):
    label = rng.integers(0, 2, n)
    r = np.where(label == 0, 0.5, 1.0) + rng.normal(0, 0.05, n)
    t = rng.uniform(0, 2 * np.pi, n)
    return np.round(np.c_[r * np.cos(t), r * np.sin(t)], 3), ints(label)


def spiral(rng, n, k=3):
    xs, ys = [], []
    for c in range(k):
        r = np.linspace(0.05, 1, n // k)
        t = np.linspace(c * 4, (c + 1) * 4, n // k) + rng.normal(0, 0.15, n // k)
        xs.append(np.c_[r * np.sin(t), r * np.cos(t)])
        ys.append(np.full(n // k, c))
    return np.round(np.vstack(xs), 3), ints(np.concatenate(ys))


def fit(t: Test, x, y, n_hidden, lr, epochs, seed, bound: float) -> None:
    """Expect loss <= bound and accuracy >= 1 - bound; assert the reference meets it with margin."""
    result = ref.train_and_evaluate(x, y, n_hidden, lr, epochs, seed)
    assert result["loss"] <= bound / 3 and result["accuracy"] >= 1 - bound / 3, result
    t.calls.append({"call": "train_and_evaluate", "args": [t_encode(x), t_encode(y), n_hidden, lr, epochs, seed],
                    "expect": {"loss": 0.0, "accuracy": 1.0}, "tolerance": {"rel": 0.0, "abs": bound}})
    t.results.append(result)


def t_encode(a):
    from testkit import encode
    return encode(a)


def samples() -> dict:
    t1 = Test(ref, "initial parameters and a forward pass: 2 inputs, 3 hidden units, 2 classes")
    params = t1.value(t1.call("init_params", 2, 3, 2, 0))
    x = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0]])
    t1.call("forward", *params, x)

    t2 = Test(ref, "loss and gradients on three examples")
    w1 = np.array([[1.0, -1.0], [0.5, 0.5]])
    b1 = np.array([0.0, 0.1])
    w2 = np.array([[1.0, 0.0, -1.0], [0.0, 1.0, 1.0]])
    b2 = np.array([0.0, 0.0, 0.0])
    t2.call("loss_and_grads", w1, b1, w2, b2, x, ints([0, 1, 2]))
    return {"1-init-and-forward": t1, "2-loss-and-grads": t2}


def secrets() -> dict:
    rng = np.random.default_rng(16)
    tests = {}

    t = Test(ref, "He-normal initialization from the seed: w1 drawn first, then w2; zero biases")
    for sizes in [(2, 4, 2, 1), (5, 8, 3, 7), (1, 1, 1, 0)]:
        t.call("init_params", *sizes)
    tests["01-init"] = t

    t = Test(ref, "forward pass on a batch: ReLU hidden layer, linear output")
    w1, b1, w2, b2 = rounded(rng, (3, 6)), rounded(rng, (6,)), rounded(rng, (6, 4)), rounded(rng, (4,))
    t.call("forward", w1, b1, w2, b2, rounded(rng, (5, 3)))
    tests["02-forward"] = t

    t = Test(ref, "loss and all four gradients, exact")
    w1, b1, w2, b2 = rounded(rng, (4, 5)), rounded(rng, (5,)), rounded(rng, (5, 3)), rounded(rng, (3,))
    x, y = rounded(rng, (6, 4)), ints(rng.integers(0, 3, 6))
    for i in range(5):
        t.call("loss_and_grads", w1, b1, w2, b2, x, y, pick=i)
    tests["03-loss-and-grads"] = t

    t = Test(ref, "gradient check: finite differences of the loss for w1, b1, w2, b2")
    w1, b1, w2, b2 = rounded(rng, (3, 4)), rounded(rng, (4,)), rounded(rng, (4, 3)), rounded(rng, (3,))
    x, y = rounded(rng, (5, 3)), ints(rng.integers(0, 3, 5))
    for wrt in range(4):
        index = t.numgrad("loss_and_grads", w1, b1, w2, b2, x, y, wrt=wrt, pick=0, weights=1.0)
        t.call("loss_and_grads", w1, b1, w2, b2, x, y, pick=wrt + 1, same_as=index, tolerance=GRAD_TOL)
        numeric = numerical_gradient(ref.loss_and_grads, [w1, b1, w2, b2, x, y], wrt, 1.0, 0)
        assert np.allclose(numeric, ref.loss_and_grads(w1, b1, w2, b2, x, y)[wrt + 1], rtol=1e-5, atol=1e-7)
    tests["04-gradient-check"] = t

    t = Test(ref, "equal logits give loss log(C) for C classes")
    x, y = rounded(rng, (4, 3)), ints([0, 1, 2, 3])
    index = t.call("loss_and_grads", rounded(rng, (3, 5)), np.zeros(5), np.zeros((5, 4)), np.zeros(4), x, y, pick=0)
    assert np.isclose(t.value(index), np.log(4))
    tests["05-uniform-logits"] = t

    t = Test(ref, "large logits: the loss stays finite")
    w1, b1, w2, b2 = rounded(rng, (2, 4), 30.0), np.zeros(4), rounded(rng, (4, 3), 30.0), np.zeros(3)
    x, y = rounded(rng, (4, 2), 5.0), ints([0, 1, 2, 0])
    t.call("loss_and_grads", w1, b1, w2, b2, x, y, pick=0)
    t.call("loss_and_grads", w1, b1, w2, b2, x, y, pick=3)
    tests["06-large-logits"] = t

    t = Test(ref, "a few exact training epochs (0, 1 and 5) on a small dataset")
    x, y = moons(rng, 20)
    for epochs in (0, 1, 5):
        t.call("train_and_evaluate", x, y, 8, 0.5, epochs, 3)
    tests["07-exact-epochs"] = t

    t = Test(ref, "XOR: final loss at most 0.05 and every point right")
    fit(t, np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), ints([0, 1, 1, 0]), 8, 1.0, 200, 0, 0.05)
    fit(t, np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), ints([0, 1, 1, 0]), 8, 1.0, 200, 1, 0.05)
    tests["08-fit-xor"] = t

    t = Test(ref, "two moons, 200 points: final loss at most 0.05 and accuracy at least 0.95")
    x, y = moons(rng, 200)
    fit(t, x, y, 32, 1.0, 250, 0, 0.05)
    tests["09-fit-moons"] = t

    t = Test(ref, "concentric circles, 200 points: final loss at most 0.05 and accuracy at least 0.95")
    x, y = circles(rng, 200)
    fit(t, x, y, 32, 1.0, 200, 1, 0.05)
    tests["10-fit-circles"] = t

    t = Test(ref, "three interleaved spirals, 150 points: final loss at most 0.1 and accuracy at least 0.9")
    x, y = spiral(rng, 150)
    fit(t, x, y, 32, 2.0, 500, 0, 0.1)
    tests["11-fit-spiral"] = t

    t = Test(ref, "invalid inputs raise ValueError")
    w1, b1, w2, b2 = rounded(rng, (2, 3)), np.zeros(3), rounded(rng, (3, 2)), np.zeros(2)
    x = rounded(rng, (3, 2))
    t.raises("loss_and_grads", w1, b1, w2, b2, x, ints([0, 1, 2]))
    t.raises("loss_and_grads", w1, b1, w2, b2, x, ints([0, 1]))
    t.raises("init_params", 2, 0, 2, 0)
    t.raises("loss_and_grads", w1, b1, w2, b2, x, ints([0, -1, 1]))
    t.raises("loss_and_grads", w1, b1, w2, b2, x, ints([[0], [1], [1]]))
    t.raises("init_params", 0, 3, 2, 0)
    t.raises("init_params", 2, 3, 0, 0)
    tests["12-errors"] = t

    # Later tests draw from their own generator so that the ones above stay as they were.
    rng = np.random.default_rng(1)

    t = Test(ref, "the correct class's logit trails the largest by thousands: its probability underflows, the loss does not")
    w1, w2 = rounded(rng, (2, 4), 30.0), rounded(rng, (4, 3), 30.0)
    x, y = rounded(rng, (5, 2), 3.0), ints([0, 1, 2, 0, 1])
    logits = ref.forward(w1, np.zeros(4), w2, np.zeros(3), x)
    assert (logits.max(axis=1) - logits[np.arange(5), y]).max() > 1000
    for pick in (0, 1, 3):
        t.call("loss_and_grads", w1, np.zeros(4), w2, np.zeros(3), x, y, pick=pick)
    tests["13-saturated-softmax"] = t

    t = Test(ref, "hidden pre-activations exactly 0 (a zero input row, a zero column of w1): the ReLU derivative there is 0")
    w1, b1 = rounded(rng, (3, 4)), np.array([0.2, 0.0, -0.1, 0.0])
    w1[:, 1] = 0.0
    w2, b2 = rounded(rng, (4, 3)), rounded(rng, (3,))
    x, y = rounded(rng, (5, 3)), ints([2, 0, 1, 1, 0])
    x[2] = 0.0
    assert np.sum(x @ w1 + b1 == 0) >= 6
    for pick in range(5):
        t.call("loss_and_grads", w1, b1, w2, b2, x, y, pick=pick)
    xor_x, xor_y = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), ints([0, 1, 1, 0])
    for epochs in (1, 5):
        t.call("train_and_evaluate", xor_x, xor_y, 4, 0.5, epochs, 0)
    tests["14-relu-at-zero"] = t

    t = Test(ref, "labels 0 and 2 only: there are still max(y) + 1 = 3 classes")
    x, y = moons(rng, 12)
    y = 2 * y
    for epochs in (0, 3):
        t.call("train_and_evaluate", x, y, 5, 0.5, epochs, 4)
    tests["15-missing-class"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
