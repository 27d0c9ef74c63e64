#!/usr/bin/env python3
"""Generate the tests of torch-custom-autograd from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/softplus.py")
GRAD_TOL = {"rel": 1e-5, "abs": 1e-7}


def gradient_pair(c: Calls, x, beta, g):
    """gradcheck of softplus (autograd through the candidate's backward vs central differences of
    its forward, in float64), then softplus_grad with the same upstream gradient against it."""
    check = c.raw({"gradcheck": "softplus", "args": [tensor(x), beta], "wrt": 0, "weights": tensor(g),
                   "tolerance": GRAD_TOL})
    c.call("softplus_grad", x, beta, g, check_value=False, same_as=check, tolerance={"rel": 1e-4, "abs": 1e-6})


def main() -> None:
    gen = torch.Generator().manual_seed(90210)
    sample = []
    c = Calls(ref)
    x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
    c.call("softplus", x, 1.0)
    c.call("softplus_grad", x, 1.0, torch.ones(5))
    c.call("backward_node", x, 1.0)
    sample.append(("1-five-points", "values and gradients at -2, -0.5, 0, 0.5, 2 with beta 1", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    for beta in (1.0, 2.0, 0.5):
        c.call("softplus", rand(3, 4, seed_gen=gen, scale=2.0), beta)
    secret.append(("01-values-beta", "values for beta 1, 2 and 0.5", c.calls))

    c = Calls(ref)
    x = torch.tensor([-200.0, -60.0, -30.0, 30.0, 60.0, 200.0, 1000.0])
    c.call("softplus", x, 1.0)
    c.call("softplus", x, 3.0, check="finite")
    c.call("softplus", torch.tensor([[50.0, -50.0], [90.0, 0.0]], dtype=torch.float64), 1.0)
    secret.append(("02-large-inputs-forward", "no overflow: softplus(x) is about x for large x and about 0 for very negative x", c.calls))

    c = Calls(ref)
    for beta in (1.0, 2.0):
        x, g = rand(2, 3, seed_gen=gen, scale=2.0), rand(2, 3, seed_gen=gen)
        c.call("softplus_grad", x, beta, g)
    secret.append(("03-backward-values", "gradients with a non-trivial upstream gradient, beta 1 and 2", c.calls))

    c = Calls(ref)
    x = torch.tensor([-1000.0, -100.0, -20.0, 20.0, 100.0, 1000.0])
    c.call("softplus_grad", x, 1.0, torch.ones(6))
    c.call("softplus_grad", x, 2.5, torch.full((6,), 2.0))
    secret.append(("04-large-inputs-backward", "the derivative saturates to 0 and 1 without NaN", c.calls))

    c = Calls(ref)
    gradient_pair(c, rand(3, 4, seed_gen=gen, scale=2.0).double(), 1.0, rand(3, 4, seed_gen=gen).double())
    gradient_pair(c, rand(5, seed_gen=gen, scale=3.0).double(), 2.0, rand(5, seed_gen=gen).double())
    gradient_pair(c, rand(2, 2, 3, seed_gen=gen).double(), 0.25, rand(2, 2, 3, seed_gen=gen).double())
    secret.append(("05-gradcheck", "the backward agrees with finite differences of the forward (float64)", c.calls))

    c = Calls(ref)
    c.call("backward_node", rand(4, seed_gen=gen), 1.0)
    c.call("backward_node", rand(2, 3, seed_gen=gen), 2.0)
    secret.append(("06-custom-function-used", "softplus records the Softplus function's backward, not torch's", c.calls))

    c = Calls(ref)
    x = rand(3, 5, seed_gen=gen, scale=2.0)
    c.call("softplus", x, 2.0, unchanged=True)
    c.call("softplus_grad", x, 2.0, rand(3, 5, seed_gen=gen), unchanged=True)
    secret.append(("07-input-unchanged", "forward and backward leave x and the upstream gradient as they were", c.calls))

    c = Calls(ref)
    c.call("softplus", torch.tensor([0.7]), 1.0)
    c.call("softplus", torch.zeros(0), 1.0)
    c.call("softplus", torch.tensor(1.5), 2.0)
    c.call("softplus_grad", torch.tensor([0.7]), 1.0, torch.tensor([3.0]))
    secret.append(("08-shapes", "one element, an empty tensor and a 0-d tensor", c.calls))

    c = Calls(ref)
    c.call("softplus", rand(2, 3, seed_gen=gen).double(), 1.5)
    c.call("softplus_grad", rand(2, 3, seed_gen=gen).double(), 1.5, rand(2, 3, seed_gen=gen).double())
    secret.append(("09-float64", "float64 in, float64 out, at float64 precision", c.calls))

    c = Calls(ref)
    c.raises("softplus", torch.ones(2), 0.0)
    c.raises("softplus", torch.ones(2), -1.0)
    secret.append(("10-bad-beta", "beta that is not positive raises ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
