#!/usr/bin/env python3
"""Generate the tests of torch-transformer-block from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/block.py")


def make_state(gen, d, d_ff):
    def linear(name, i, o):
        state[f"{name}.weight"] = rand(o, i, seed_gen=gen, scale=1.2 * i ** -0.5)
        state[f"{name}.bias"] = rand(o, seed_gen=gen, scale=0.1)

    def norm(name):
        state[f"{name}.weight"] = 1.0 + rand(d, seed_gen=gen, scale=0.2)
        state[f"{name}.bias"] = rand(d, seed_gen=gen, scale=0.1)

    state = {}
    norm("ln1")
    linear("qkv", d, 3 * d)
    linear("attn_out", d, d)
    norm("ln2")
    linear("fc1", d, d_ff)
    linear("fc2", d_ff, d)
    return state


def block(c: Calls, gen, d, h, d_ff, p=0.0, eval_mode=True):
    c.new("TransformerBlock", d, h, d_ff, p)
    c.call("load_state_dict", make_state(gen, d, d_ff), check_value=False)
    if eval_mode:
        c.call("eval", check_value=False)


def main() -> None:
    gen = torch.Generator().manual_seed(4242)
    sample = []
    c = Calls(ref)
    block(c, gen, 4, 2, 8)
    c.call("forward", rand(1, 3, 4, seed_gen=gen))
    sample.append(("1-small-block", "d_model 4, 2 heads, d_ff 8, one sequence of 3 positions", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.new("TransformerBlock", 8, 2, 32, 0.1)
    c.inspect("parameters")
    c.inspect("buffers")
    c.inspect("training")
    secret.append(("01-registered-parameters", "parameters and submodules under the names of the statement", c.calls))

    c = Calls(ref)
    block(c, gen, 8, 2, 16)
    c.call("forward", rand(2, 5, 8, seed_gen=gen))
    block(c, gen, 8, 4, 32)
    c.call("forward", rand(3, 4, 8, seed_gen=gen, scale=2.0))
    secret.append(("02-values", "pre-norm block outputs with 2 and 4 heads", c.calls))

    c = Calls(ref)
    block(c, gen, 8, 2, 16)
    x = rand(2, 6, 8, seed_gen=gen)
    first = c.last + 1
    c.call("forward", x)
    x2 = x.clone()
    x2[:, 4:] = rand(2, 2, 8, seed_gen=gen, scale=3.0)
    c.call("forward", x2, check_value=False, same_as=first, slice=[None, [0, 4]])
    secret.append(("03-causal", "positions before 4 ignore a change at positions 4 and 5", c.calls))

    c = Calls(ref)
    block(c, gen, 6, 3, 12)
    c.call("forward", rand(1, 7, 6, seed_gen=gen))
    c.call("forward", rand(1, 1, 6, seed_gen=gen))
    secret.append(("04-batch-one-odd-length", "batch of one with 7 positions, and a single position", c.calls))

    c = Calls(ref)
    block(c, gen, 8, 2, 16)
    x = rand(1, 4, 8, seed_gen=gen, scale=20.0)
    c.call("forward", x)
    secret.append(("05-large-inputs", "inputs of scale 20: the residual stream keeps the scale, the norms do not", c.calls))

    c = Calls(ref)
    block(c, gen, 8, 2, 16, 0.3)
    x = rand(2, 5, 8, seed_gen=gen)
    first = c.last + 1
    c.call("forward", x)
    c.call("forward", x, check_value=False, same_as=first)
    c.inspect("training")
    c.call("train", check_value=False)
    c.call("forward", x, check_value=False, differs_from=first)
    c.inspect("training")
    secret.append(("06-dropout-train-eval", "dropout 0.3: repeatable in eval mode, active in training mode", c.calls))

    c = Calls(ref)
    block(c, gen, 8, 2, 16, 0.0, eval_mode=False)
    c.call("forward", rand(2, 3, 8, seed_gen=gen))
    secret.append(("07-dropout-zero-in-training", "dropout 0 in training mode gives the eval outputs", c.calls))

    c = Calls(ref)
    block(c, gen, 8, 2, 16)
    c.call("forward", rand(2, 4, 8, seed_gen=gen), unchanged=True)
    secret.append(("08-input-unchanged", "the input is left as it was", c.calls))

    c = Calls(ref)
    block(c, gen, 4, 2, 8)
    x, w = rand(2, 3, 4, seed_gen=gen), rand(2, 3, 4, seed_gen=gen)
    tol = {"rel": 1e-4, "abs": 1e-6}
    for wrt in (0, "qkv.weight", "ln1.weight", "ln2.bias", "fc1.weight"):
        c.raw({"gradcheck": "forward", "args": [tensor(x)], "wrt": wrt, "weights": tensor(w), "tolerance": tol})
    secret.append(("09-gradients", "autograd gradients of the input and of parameters match finite differences", c.calls))

    c = Calls(ref)
    for args in ((10, 3, 16), (8, 0, 16), (8, 2, 0)):
        c.calls.append({"new": "TransformerBlock", "args": list(args), "raises": "ValueError"})
        c.results.append(None)
    secret.append(("10-bad-arguments", "d_model not divisible by n_heads, no heads or no hidden units raise ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
