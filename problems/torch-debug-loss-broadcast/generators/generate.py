#!/usr/bin/env python3
"""Generate the tests of torch-debug-loss-broadcast from the fixed (accepted) solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/regression.py")


def make_state(gen: torch.Generator, in_features: int, hidden: int) -> dict:
    return {"net.0.weight": rand(hidden, in_features, seed_gen=gen, scale=0.5),
            "net.0.bias": rand(hidden, seed_gen=gen, scale=0.1),
            "net.2.weight": rand(1, hidden, seed_gen=gen, scale=0.5),
            "net.2.bias": rand(1, seed_gen=gen, scale=0.1)}


def make_data(gen: torch.Generator, n: int, in_features: int):
    x = rand(n, in_features, seed_gen=gen)
    w = torch.linspace(1.0, -1.0, in_features)
    y = torch.round((torch.sin(x @ w) * 2.0 + 0.5 + 0.1 * rand(n, seed_gen=gen)) * 1e4) / 1e4
    return x, y


def main() -> None:
    gen = torch.Generator().manual_seed(14)
    sample = []
    c = Calls(ref)
    pred = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
    target = torch.tensor([1.5, 2.0, 2.0, 5.0])
    c.call("regression_loss", pred, target)
    state = make_state(gen, 2, 4)
    x, y = make_data(gen, 6, 2)
    c.call("fit", state, x, y, 0.1, 5)
    sample.append(("1-worked-example", "the loss of four predictions, and five steps of SGD", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    p = rand(5, 1, seed_gen=gen)
    t = rand(5, seed_gen=gen)
    c.call("regression_loss", p, t)
    c.call("regression_loss", p.reshape(-1), t)
    c.call("regression_loss", p, t.reshape(-1, 1))
    c.call("regression_loss", p.reshape(-1), t.reshape(-1, 1))
    secret.append(("01-loss-every-shape-pairing", "(N, 1) and (N,) predictions against (N,) and (N, 1) targets", c.calls))

    c = Calls(ref)
    c.call("regression_loss", torch.tensor([[0.5]]), torch.tensor([2.0]))
    c.call("regression_loss", torch.tensor([0.5]), torch.tensor([[2.0]]))
    secret.append(("02-batch-of-one", "a single example: (1, 1) against (1,)", c.calls))

    c = Calls(ref)
    p = rand(6, 1, seed_gen=gen)
    t = rand(6, seed_gen=gen)
    # the expected gradient of the mean squared error with respect to the predictions: 2 (p - t) / N
    expected_grad = 2.0 * (p.double().reshape(-1) - t.double()) / 6
    c.raw({"gradcheck": "regression_loss", "args": [tensor(p), tensor(t)], "wrt": 0,
           "weights": {"$tensor": 1.0, "dtype": "float64", "shape": []},
           "expect": tensor(expected_grad.reshape(6, 1)), "tolerance": {"rel": 1e-5, "abs": 1e-6}})
    secret.append(("03-loss-gradient-per-example", "d loss / d pred is 2 (pred_i - y_i) / N for each example only", c.calls))

    c = Calls(ref)
    state = make_state(gen, 3, 5)
    x, y = make_data(gen, 8, 3)
    c.call("regression_loss", rand(8, 1, seed_gen=gen), y, unchanged=True)
    c.call("fit", state, x, y, 0.05, 3, unchanged=True)
    secret.append(("04-inputs-unchanged", "the loss and the training loop leave their tensors (and shapes) alone", c.calls))

    c = Calls(ref)
    state = make_state(gen, 3, 8)
    x, y = make_data(gen, 16, 3)
    c.call("fit", state, x, y, 0.1, 40)
    secret.append(("05-fit-learns-the-function", "40 full-batch steps: every loss and the predictions afterwards", c.calls))

    c = Calls(ref)
    c.raises("regression_loss", torch.zeros(3, 1), torch.zeros(2))
    c.raises("regression_loss", torch.zeros(4, 1), torch.zeros(1))
    c.raises("regression_loss", torch.zeros(1, 1), torch.zeros(3))
    secret.append(("06-mismatched-lengths-raise", "different numbers of predictions and targets raise ValueError, never broadcast", c.calls))

    c = Calls(ref)
    state = make_state(gen, 2, 6)
    x, y = make_data(gen, 10, 2)
    c.call("fit", state, x, y.reshape(-1, 1), 0.1, 20)
    secret.append(("07-fit-column-targets", "training with (N, 1) targets", c.calls))

    c = Calls(ref)
    state = make_state(gen, 4, 6)
    x, y = make_data(gen, 12, 4)
    c.call("predict_from_state", state, x)
    c.call("regression_loss", ref.predict_from_state(state, x), y)
    secret.append(("08-predictions-and-their-loss", "predictions (N,) of a given model and their loss", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
