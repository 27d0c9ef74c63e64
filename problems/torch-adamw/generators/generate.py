#!/usr/bin/env python3
"""Generate the tests of torch-adamw from the reference solution, and check that the reference
agrees with torch.optim.AdamW on every trajectory it writes.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, decode, encode, load_module, rand, write_group

ref = load_module("submissions/accepted/adamw.py")


def torch_adamw(params, grads, lr, betas, eps, weight_decay):
    ps = [torch.nn.Parameter(p.clone()) for p in params]
    opt = torch.optim.AdamW(ps, lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay)
    for step_grads in grads:
        for p, g in zip(ps, step_grads):
            p.grad = None if g is None else g.clone()
        opt.step()
    return [p.detach() for p in ps]


def trajectory(c: Calls, params, grads, lr, betas, eps, weight_decay):
    result = c.call("run_on_gradients", params, grads, lr, betas, eps, weight_decay)
    theirs = torch_adamw(decode(encode(params)), decode(encode(grads)), lr, betas, eps, weight_decay)
    for a, b in zip(result, theirs):
        assert torch.allclose(a, b, rtol=1e-5, atol=1e-6), (a, b)


def random_grads(gen, shapes, steps, scale=1.0, missing=None):
    out = []
    for t in range(steps):
        row = []
        for i, s in enumerate(shapes):
            row.append(None if missing and missing(t, i) else rand(*s, seed_gen=gen, scale=scale))
        out.append(row)
    return out


def mlp_state(gen):
    return {"0.weight": rand(4, 3, seed_gen=gen, scale=0.5), "0.bias": rand(4, seed_gen=gen, scale=0.5),
            "2.weight": rand(2, 4, seed_gen=gen, scale=0.5), "2.bias": rand(2, seed_gen=gen, scale=0.5)}


def main() -> None:
    gen = torch.Generator().manual_seed(2014)
    sample = []
    c = Calls(ref)
    trajectory(c, [torch.tensor([1.0, -2.0])], [[torch.tensor([0.5, 0.1])], [torch.tensor([0.3, -0.2])],
                                                 [torch.tensor([-0.1, 0.4])]], 0.1, [0.9, 0.999], 1e-8, 0.1)
    sample.append(("1-three-steps", "three steps on one parameter with given gradients", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    shapes = [(3, 2), (4,)]
    trajectory(c, [rand(*s, seed_gen=gen) for s in shapes], random_grads(gen, shapes, 10), 0.01, [0.9, 0.999], 1e-8, 0.01)
    secret.append(("01-matches-torch-adamw", "ten steps on two parameters with the default betas", c.calls))
    c = Calls(ref)
    trajectory(c, [torch.tensor([0.5, -1.5, 3.0])], [[torch.tensor([1e-3, -2.0, 50.0])]], 0.1, [0.9, 0.999], 1e-8, 0.0)
    trajectory(c, [torch.tensor([0.5, -1.5, 3.0])], [[torch.tensor([1e-3, -2.0, 50.0])]] * 2, 0.1, [0.9, 0.999], 1e-8, 0.0)
    secret.append(("02-bias-correction", "bias correction: the first step moves each weight by about lr, whatever the gradient's size", c.calls))
    c = Calls(ref)
    zeros = [[torch.zeros(4)] for _ in range(5)]
    trajectory(c, [torch.tensor([1.0, -2.0, 0.5, 4.0])], zeros, 0.1, [0.9, 0.999], 1e-8, 0.5)
    shapes = [(5,)]
    trajectory(c, [rand(5, seed_gen=gen, scale=3.0)], random_grads(gen, shapes, 6, scale=0.01), 0.05, [0.9, 0.99], 1e-8, 0.2)
    secret.append(("03-decoupled-weight-decay", "decay shrinks weights by (1 - lr * wd) each step, apart from the gradient's scaling", c.calls))
    c = Calls(ref)
    shapes = [(6,)]
    trajectory(c, [rand(6, seed_gen=gen)], random_grads(gen, shapes, 4, scale=0.01), 0.1, [0.9, 0.999], 0.1, 0.0)
    secret.append(("04-eps-placement", "a large eps: it is added to sqrt(v_hat), not under the root", c.calls))
    c = Calls(ref)
    shapes = [(2, 2), (3,)]
    trajectory(c, [rand(*s, seed_gen=gen) for s in shapes],
               random_grads(gen, shapes, 9, missing=lambda t, i: i == 1 and t % 3 != 0), 0.05, [0.8, 0.95], 1e-6, 0.1)
    secret.append(("05-per-parameter-step-counts", "a parameter without a gradient is skipped and keeps its own step count", c.calls))
    c = Calls(ref)
    shapes = [(3,), (2,), (4,)]
    trajectory(c, [rand(*s, seed_gen=gen) for s in shapes], random_grads(gen, shapes, 3), 0.02, [0.5, 0.7], 1e-8, 0.05)
    secret.append(("06-several-parameters", "three parameters, unusual betas", c.calls))
    c = Calls(ref)
    c.new("OptimRun", mlp_state(gen), 0.05, 0.5)
    for _ in range(6):
        c.call("step", rand(5, 3, seed_gen=gen), rand(5, 2, seed_gen=gen))
    c.inspect("state")
    secret.append(("07-parameter-groups", "an MLP whose biases are in a group with weight_decay 0", c.calls))
    c = Calls(ref)
    c.new("OptimRun", mlp_state(gen), 0.01, 0.1)
    x, y = rand(8, 3, seed_gen=gen), rand(8, 2, seed_gen=gen)
    for _ in range(15):
        c.call("step", x, y)
    c.inspect("state")
    secret.append(("08-training-loss-falls", "15 steps on one batch: every loss and the final weights", c.calls))
    c = Calls(ref)
    p = [torch.tensor([1.0])]
    g = [[torch.tensor([1.0])]]
    c.raises("run_on_gradients", p, g, -0.1, [0.9, 0.999], 1e-8, 0.0)
    c.raises("run_on_gradients", p, g, 0.1, [1.0, 0.999], 1e-8, 0.0)
    c.raises("run_on_gradients", p, g, 0.1, [0.9, -0.1], 1e-8, 0.0)
    c.raises("run_on_gradients", p, g, 0.1, [0.9, 0.999], -1e-8, 0.0)
    c.raises("run_on_gradients", p, g, 0.1, [0.9, 0.999], 1e-8, -0.5)
    trajectory(c, p, [], 0.1, [0.9, 0.999], 1e-8, 0.0)
    secret.append(("09-bad-arguments", "invalid hyperparameters raise ValueError; no steps leaves the weights alone", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
