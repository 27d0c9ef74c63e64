#!/usr/bin/env python3
"""Generate the tests of torch-train-step from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/train_step.py")


def make_state(gen, i, h, o, scale=0.5):
    return {"fc1.weight": rand(h, i, seed_gen=gen, scale=scale), "fc1.bias": rand(h, seed_gen=gen, scale=0.1),
            "fc2.weight": rand(o, h, seed_gen=gen, scale=scale), "fc2.bias": rand(o, seed_gen=gen, scale=0.1)}


def split(x, y, k):
    return list(torch.chunk(x, k)), list(torch.chunk(y, k))


def grads_of(c: Calls):
    """Record the expected .grad of every parameter of the current TrainRun."""
    value = {n: tensor(p.grad) for n, p in c.instance.named_parameters()}
    c.calls.append({"inspect": "grads", "expect": value})
    c.results.append(value)


def state_of(c: Calls):
    c.inspect("state")


def main() -> None:
    gen = torch.Generator().manual_seed(1414)
    sample = []
    c = Calls(ref)
    state = make_state(gen, 3, 4, 2)
    x, y = rand(4, 3, seed_gen=gen), rand(4, 2, seed_gen=gen)
    c.new("TrainRun", state, 0.1)
    xs, ys = split(x, y, 2)
    c.call("step", xs, ys, 100.0)
    grads_of(c)
    state_of(c)
    sample.append(("1-two-micro-batches", "one step over two micro-batches of 2, clipping inactive", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    state = make_state(gen, 4, 6, 3)
    x, y = rand(8, 4, seed_gen=gen), rand(8, 3, seed_gen=gen)
    c.new("TrainRun", state, 0.05)
    c.call("step", [x], [y], None)
    full = c.last
    full_state = {n: tensor(t) for n, t in c.instance.state_dict().items()}
    c.new("TrainRun", state, 0.05)
    xs, ys = split(x, y, 4)
    c.call("step", xs, ys, None, same_as=full)
    c.calls.append({"inspect": "state", "expect": full_state})
    c.results.append(full_state)
    secret.append(("01-accumulation-equals-full-batch", "4 micro-batches of 2 give the same step as one batch of 8", c.calls))

    c = Calls(ref)
    state = make_state(gen, 3, 5, 2)
    x, y = rand(6, 3, seed_gen=gen), rand(6, 2, seed_gen=gen, scale=0.3)
    c.new("TrainRun", state, 0.1)
    xs, ys = split(x, y, 3)
    c.call("step", xs, ys, None)
    grads_of(c)
    secret.append(("02-loss-scaled-by-micro-batches", "no clipping: loss and gradients are means over all micro-batches", c.calls))

    c = Calls(ref)
    state = make_state(gen, 4, 6, 2, scale=1.5)
    x, y = rand(8, 4, seed_gen=gen, scale=2.0), rand(8, 2, seed_gen=gen, scale=3.0)
    c.new("TrainRun", state, 0.1)
    xs, ys = split(x, y, 2)
    result = c.call("step", xs, ys, 0.5)
    assert result[1] > 2.0, result
    grads_of(c)
    state_of(c)
    secret.append(("03-clip-global-norm", "a large gradient is rescaled so that its global norm is max_norm", c.calls))

    c = Calls(ref)
    state = make_state(gen, 4, 6, 2, scale=1.5)
    x, y = rand(8, 4, seed_gen=gen, scale=2.0), rand(8, 2, seed_gen=gen, scale=3.0)
    c.new("TrainRun", state, 0.1)
    xs, ys = split(x, y, 4)
    result = c.call("step", xs, ys, 1.0)
    assert result[1] > 3.0, result
    grads_of(c)
    state_of(c)
    secret.append(("04-clip-once-on-accumulated-gradient", "4 micro-batches with clipping: clip the sum, not each part", c.calls))

    c = Calls(ref)
    state = make_state(gen, 3, 4, 2)
    x, y = rand(6, 3, seed_gen=gen), rand(6, 2, seed_gen=gen, scale=0.2)
    c.new("TrainRun", state, 0.1)
    xs, ys = split(x, y, 3)
    result = c.call("step", xs, ys, 50.0)
    assert result[1] < 50.0
    state_of(c)
    secret.append(("05-clip-inactive-below-threshold", "a gradient under max_norm is left as it is", c.calls))

    c = Calls(ref)
    state = make_state(gen, 3, 5, 2)
    c.new("TrainRun", state, 0.1, 0.9)
    for _ in range(4):
        x, y = rand(4, 3, seed_gen=gen), rand(4, 2, seed_gen=gen)
        xs, ys = split(x, y, 2)
        c.call("step", xs, ys, 1.0)
    grads_of(c)
    state_of(c)
    secret.append(("06-gradients-zeroed-between-steps", "four steps with momentum: each step starts from zero gradients", c.calls))

    c = Calls(ref)
    state = make_state(gen, 2, 3, 1)
    c.new("TrainRun", state, 0.2)
    x, y = rand(1, 2, seed_gen=gen), rand(1, 1, seed_gen=gen)
    c.call("step", [x], [y], 1.0)
    x, y = rand(3, 2, seed_gen=gen), rand(3, 1, seed_gen=gen)
    c.call("step", list(torch.chunk(x, 3)), list(torch.chunk(y, 3)), 1.0)
    state_of(c)
    secret.append(("07-batch-of-one", "a single example, then three micro-batches of one example", c.calls))

    c = Calls(ref)
    state = make_state(gen, 3, 4, 2)
    x, y = rand(4, 3, seed_gen=gen), rand(4, 2, seed_gen=gen)
    c.new("TrainRun", state, 0.1)
    xs, ys = split(x, y, 2)
    c.call("step", xs, ys, 0.1, unchanged=True)
    secret.append(("08-inputs-unchanged", "the micro-batches are left as they were", c.calls))

    c = Calls(ref)
    state = make_state(gen, 3, 4, 2)
    c.new("TrainRun", state, 0.1)
    c.raises("step", [], [], 1.0)
    x, y = rand(2, 3, seed_gen=gen), rand(2, 2, seed_gen=gen)
    c.raises("step", [x], [y], 0.0)
    c.raises("step", [x], [y], -1.0)
    secret.append(("09-bad-arguments", "no micro-batches, or a max_norm that is not positive, raise ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
