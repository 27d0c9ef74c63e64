#!/usr/bin/env python3
"""Generate the tests of torch-debug-eval-mode from the fixed (accepted) solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, write_group

ref = load_module("submissions/accepted/classifier.py")


def make_state(gen, i, h, k):
    return {"net.0.weight": rand(h, i, seed_gen=gen, scale=0.6), "net.0.bias": rand(h, seed_gen=gen, scale=0.1),
            "net.1.weight": 1.0 + rand(h, seed_gen=gen, scale=0.1), "net.1.bias": rand(h, seed_gen=gen, scale=0.1),
            "net.1.running_mean": rand(h, seed_gen=gen, scale=0.3),
            "net.1.running_var": 0.5 + rand(h, seed_gen=gen, scale=0.2).abs(),
            "net.1.num_batches_tracked": torch.tensor(100),
            "net.4.weight": rand(k, h, seed_gen=gen, scale=0.6), "net.4.bias": rand(k, seed_gen=gen, scale=0.1)}


def model(c: Calls, gen, i=4, h=8, k=3, p=0.5):
    state = make_state(gen, i, h, k)
    c.new("Classifier", i, h, k, p)
    c.call("load_state_dict", state)
    return state


def labels(gen, n, k):
    return torch.randint(0, k, (n,), generator=gen)


def main() -> None:
    gen = torch.Generator().manual_seed(31337)
    sample = []
    c = Calls(ref)
    model(c, gen)
    x = rand(5, 4, seed_gen=gen)
    c.call("predict_proba", x)
    c.call("predict_proba", x, same_as=c.last)
    c.call("evaluate", x, labels(gen, 5, 3))
    sample.append(("1-predict-twice", "the same batch predicted twice gives the same probabilities", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    model(c, gen)
    x = rand(6, 4, seed_gen=gen)
    first = c.last + 1
    c.call("predict_proba", x)
    for _ in range(3):
        c.call("predict_proba", x, same_as=first)
    c.raw({"call": "predict_proba", "args": c.calls[first - 1]["args"], "check": "probabilities"})
    secret.append(("01-repeatable-predictions", "repeated inference on one checkpoint is identical (no dropout)", c.calls))

    c = Calls(ref)
    model(c, gen)
    x = rand(4, 4, seed_gen=gen)
    batch = c.last + 1
    c.call("predict_proba", x)
    for row in range(4):
        # same_as slices both results, so a one-row result is pinned by value instead; the
        # reference's value equals row `row` of the batch prediction (asserted here).
        one = c.call("predict_proba", x[row:row + 1])
        assert torch.allclose(one, c.results[batch - 1][row:row + 1], atol=1e-6)
    secret.append(("02-one-example-at-a-time", "an example's prediction does not depend on the rest of the batch; a batch of one works", c.calls))

    c = Calls(ref)
    state = model(c, gen, 3, 6, 4)
    c.call("predict_proba", rand(7, 3, seed_gen=gen, scale=3.0))
    c.call("evaluate", rand(9, 3, seed_gen=gen, scale=3.0), labels(gen, 9, 4))
    c.inspect("state")
    secret.append(("03-evaluation-leaves-running-stats", "inference does not update the batch-norm running statistics", c.calls))

    c = Calls(ref)
    model(c, gen, 5, 10, 3, 0.3)
    for n in (12, 1):
        c.call("evaluate", rand(n, 5, seed_gen=gen), labels(gen, n, 3))
    secret.append(("04-evaluate-metrics", "validation loss and accuracy from running statistics", c.calls))

    c = Calls(ref)
    model(c, gen)
    c.call("predict_proba", rand(3, 4, seed_gen=gen))
    c.call("evaluate", rand(3, 4, seed_gen=gen), labels(gen, 3, 3))
    c.inspect("training")
    secret.append(("05-training-mode-restored", "a model in training mode is back in training mode after inference", c.calls))

    c = Calls(ref)
    model(c, gen)
    c.call("eval", check_value=False)
    c.call("predict_proba", rand(3, 4, seed_gen=gen))
    c.call("evaluate", rand(3, 4, seed_gen=gen), labels(gen, 3, 3))
    c.inspect("training")
    secret.append(("06-eval-mode-kept", "a model the caller put in eval mode stays in eval mode", c.calls))

    c = Calls(ref)
    model(c, gen)
    x, y = rand(8, 4, seed_gen=gen), labels(gen, 8, 3)
    c.call("fit_step", x, y, 0.1, 1)
    c.call("predict_proba", x)
    c.call("fit_step", x, y, 0.1, 2)
    c.call("fit_step", x, y, 0.1, 3)
    c.inspect("state")
    secret.append(("07-training-after-evaluation", "training steps after an evaluation still use dropout and batch statistics", c.calls))

    c = Calls(ref)
    model(c, gen, 4, 8, 3, 0.0)
    x = rand(5, 4, seed_gen=gen)
    whole = c.call("predict_proba", x)
    one = c.call("predict_proba", x[2:3])
    assert torch.allclose(one, whole[2:3], atol=1e-6)
    secret.append(("08-no-dropout-model", "with p_drop = 0, batch norm alone must use running statistics", c.calls))

    c = Calls(ref)
    model(c, gen, 6, 16, 5, 0.2)
    x = rand(20, 6, seed_gen=gen)
    c.call("predict_proba", x)
    c.call("evaluate", x, labels(gen, 20, 5))
    secret.append(("09-larger-model", "20 examples, 16 hidden units, 5 classes", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
