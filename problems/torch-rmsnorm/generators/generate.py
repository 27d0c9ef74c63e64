#!/usr/bin/env python3
"""Generate the tests of torch-rmsnorm from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, encode, load_module, rand, write_group

ref = load_module("submissions/accepted/norms.py")
GRAD_TOL = {"rel": 1.0e-5, "abs": 1.0e-7}


def load(c: Calls, state: dict):
    """Set the module's weights through load_state_dict (the result is not checked)."""
    c.call("load_state_dict", state, check_value=False)


def gradchecks(c: Calls, gen, shape, wrts):
    x = rand(*shape, seed_gen=gen)
    w = rand(*shape, seed_gen=gen)
    for wrt in wrts:
        c.raw({"gradcheck": "forward", "args": [encode(x)], "wrt": wrt, "weights": encode(w),
               "tolerance": GRAD_TOL})


def main() -> None:
    gen = torch.Generator().manual_seed(2024)
    sample = []
    c = Calls(ref)
    c.new("RMSNorm", 4)
    c.call("forward", rand(2, 3, 4, seed_gen=gen))
    sample.append(("1-rmsnorm-unit-weight", "RMSNorm(4) with its initial weight on a (2, 3, 4) input", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.new("RMSNorm", 8)
    load(c, {"weight": rand(8, seed_gen=gen)})
    c.call("forward", rand(2, 5, 8, seed_gen=gen, scale=2.0) + 1.5)
    c.call("forward", rand(3, 8, seed_gen=gen))
    secret.append(("01-rmsnorm-values", "RMSNorm(8) with a loaded weight, inputs whose mean is not zero", c.calls))

    c = Calls(ref)
    c.new("RMSNorm", 6, 0.01)
    c.call("forward", rand(2, 4, 6, seed_gen=gen, scale=0.001, decimals=7))
    c.call("forward", rand(1, 6, seed_gen=gen, scale=3.0))
    secret.append(("02-rmsnorm-eps-inside-root", "eps = 0.01 with tiny inputs: eps is added to the mean square, under the root", c.calls))

    c = Calls(ref)
    c.new("RMSNorm", 6)
    c.inspect("parameters")
    c.inspect("state")
    secret.append(("03-rmsnorm-parameters", "one learnable parameter `weight` of shape (6,), initialised to ones", c.calls))

    c = Calls(ref)
    c.new("RMSNorm", 5)
    load(c, {"weight": rand(5, seed_gen=gen)})
    gradchecks(c, gen, (2, 3, 5), [0, "weight"])
    secret.append(("04-rmsnorm-gradients", "autograd gradients with respect to the input and the weight match central differences", c.calls))

    c = Calls(ref)
    c.new("LayerNorm", 6)
    load(c, {"weight": rand(6, seed_gen=gen), "bias": rand(6, seed_gen=gen)})
    c.call("forward", rand(2, 4, 6, seed_gen=gen, scale=2.0) + 3.0)
    c.call("forward", rand(3, 6, seed_gen=gen))
    secret.append(("05-layernorm-values", "LayerNorm(6) with loaded weight and bias: biased variance over the last dimension", c.calls))

    c = Calls(ref)
    c.new("LayerNorm", 7)
    c.inspect("parameters")
    c.inspect("state")
    secret.append(("06-layernorm-parameters", "learnable `weight` (ones) and `bias` (zeros) of shape (7,)", c.calls))

    c = Calls(ref)
    c.new("LayerNorm", 4)
    load(c, {"weight": rand(4, seed_gen=gen), "bias": rand(4, seed_gen=gen)})
    gradchecks(c, gen, (3, 4), [0, "weight", "bias"])
    secret.append(("07-layernorm-gradients", "autograd gradients with respect to the input, weight and bias match central differences", c.calls))

    c = Calls(ref)
    c.new("RMSNorm", 5)
    c.call("forward", rand(1, 1, 5, seed_gen=gen))
    c.call("forward", rand(5, seed_gen=gen))
    c.new("LayerNorm", 3)
    c.call("forward", rand(1, 7, 3, seed_gen=gen))
    c.call("forward", rand(2, 3, 1, 3, seed_gen=gen))
    secret.append(("08-shapes", "batch of one, a 1-D input, odd sizes and a 4-D input: only the last dimension is normalized", c.calls))

    c = Calls(ref)
    c.new("RMSNorm", 4)
    c.call("forward", rand(2, 3, 4, seed_gen=gen) + 1.0, unchanged=True)
    c.new("LayerNorm", 4)
    c.call("forward", rand(2, 3, 4, seed_gen=gen) + 1.0, unchanged=True)
    secret.append(("09-inputs-unchanged", "forward leaves its input as it was", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
