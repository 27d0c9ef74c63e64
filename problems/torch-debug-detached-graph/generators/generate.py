#!/usr/bin/env python3
"""Generate the tests of torch-debug-detached-graph from the fixed (accepted) solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/scorer.py")
TOL = {"rel": 1e-5, "abs": 1e-6}


def make_state(gen, i, h):
    return {"body.0.weight": rand(h, i, seed_gen=gen, scale=0.7), "body.0.bias": rand(h, seed_gen=gen, scale=0.1),
            "head.weight": rand(1, h, seed_gen=gen, scale=0.7), "head.bias": rand(1, seed_gen=gen, scale=0.1),
            "scale": 1.0 + rand(1, seed_gen=gen, scale=0.1).reshape(())}


def data(gen, n, i):
    x = rand(n, i, seed_gen=gen)
    y = (x.sum(dim=1) + 0.3 * rand(n, seed_gen=gen) > 0).float()
    return x, y


def model(c: Calls, gen, i=3, h=4):
    state = make_state(gen, i, h)
    c.new("Scorer", i, h)
    c.call("load_state_dict", state)
    return state


def grads(c: Calls):
    value = {n: None if p.grad is None else tensor(p.grad) for n, p in c.instance.named_parameters()}
    c.calls.append({"inspect": "grads", "expect": value})
    c.results.append(value)


def gradcheck(c: Calls, x, wrt, gen):
    c.raw({"gradcheck": "forward", "args": [tensor(x)], "wrt": wrt,
           "weights": tensor(rand(x.shape[0], seed_gen=gen)), "tolerance": TOL})


def main() -> None:
    gen = torch.Generator().manual_seed(4242)
    sample = []
    c = Calls(ref)
    state = make_state(gen, 3, 4)
    x, y = data(gen, 6, 3)
    c.call("fit", state, x, y, 0.5, 3)
    model(c, gen)
    c.call("loss_on", x, y)
    grads(c)
    sample.append(("1-three-steps", "three SGD steps change the loss; one loss_on fills every gradient", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    state = make_state(gen, 4, 6)
    x, y = data(gen, 10, 4)
    c.call("fit", state, x, y, 0.5, 10)
    secret.append(("01-weights-change", "ten steps: every loss and the weights afterwards", c.calls))
    c = Calls(ref)
    model(c, gen, 4, 5)
    x, y = data(gen, 8, 4)
    c.call("loss_on", x, y)
    grads(c)
    secret.append(("02-every-parameter-gets-a-gradient", "after loss_on every parameter, the scale included, has its gradient", c.calls))
    c = Calls(ref)
    model(c, gen)
    x = rand(5, 3, seed_gen=gen)
    gradcheck(c, x, "head.weight", gen)
    gradcheck(c, x, "body.0.weight", gen)
    gradcheck(c, x, "body.0.bias", gen)
    secret.append(("03-gradcheck-weights", "the logits depend on the layer weights through autograd", c.calls))
    c = Calls(ref)
    model(c, gen)
    gradcheck(c, rand(5, 3, seed_gen=gen), "scale", gen)
    secret.append(("04-gradcheck-scale", "the logits depend on the learnable scale through autograd", c.calls))
    c = Calls(ref)
    model(c, gen)
    gradcheck(c, rand(4, 3, seed_gen=gen), 0, gen)
    secret.append(("05-gradcheck-input", "the gradient with respect to the input matches finite differences", c.calls))
    c = Calls(ref)
    model(c, gen, 5, 7)
    c.inspect("parameters")
    c.call("forward", rand(3, 5, seed_gen=gen))
    secret.append(("06-parameters-and-logits", "the registered parameters and the logits", c.calls))
    c = Calls(ref)
    model(c, gen)
    x, y = data(gen, 6, 3)
    c.call("loss_on", x, y)
    c.call("loss_on", x, y)
    grads(c)
    secret.append(("07-gradients-accumulate", "two loss_on calls without zero_grad add their gradients", c.calls))
    c = Calls(ref)
    state = make_state(gen, 3, 4)
    x, y = data(gen, 6, 3)
    c.call("fit", state, x, y, 0.3, 4, unchanged=True)
    secret.append(("08-inputs-unchanged", "training leaves the state dict, inputs and labels alone", c.calls))
    c = Calls(ref)
    state = make_state(gen, 2, 3)
    x, y = data(gen, 1, 2)
    c.call("fit", state, x, y, 1.0, 5)
    secret.append(("09-batch-of-one", "training on a single example", c.calls))
    c = Calls(ref)
    state = make_state(gen, 3, 8)
    x, y = data(gen, 16, 3)
    result = c.call("fit", state, x, y, 1.0, 30)
    assert result[0][-1] < 0.7 * result[0][0], result[0]
    secret.append(("10-loss-falls", "30 steps: the loss falls well below where it started", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
