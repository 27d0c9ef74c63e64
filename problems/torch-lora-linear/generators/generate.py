#!/usr/bin/env python3
"""Generate the tests of torch-lora-linear from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/lora.py")


def make_state(gen, d_in, d_hidden, d_out, r):
    state = {}
    for name, (i, o) in (("fc1", (d_in, d_hidden)), ("fc2", (d_hidden, d_out))):
        state[f"{name}.base.weight"] = rand(o, i, seed_gen=gen, scale=0.6)
        state[f"{name}.base.bias"] = rand(o, seed_gen=gen, scale=0.1)
        state[f"{name}.lora_A"] = rand(r, i, seed_gen=gen, scale=0.5)
        state[f"{name}.lora_B"] = rand(o, r, seed_gen=gen, scale=0.3)
    return state


def model(c: Calls, gen, d_in, d_hidden, d_out, r, alpha):
    c.new("LoRAModel", d_in, d_hidden, d_out, r, alpha)
    c.call("load_state_dict", make_state(gen, d_in, d_hidden, d_out, r), check_value=False)


def main() -> None:
    gen = torch.Generator().manual_seed(7041)
    sample = []
    c = Calls(ref)
    model(c, gen, 3, 4, 2, 2, 4.0)
    c.call("forward", rand(2, 3, seed_gen=gen))
    c.call("trainable")
    sample.append(("1-adapter-forward", "r 2, alpha 4 (scaling 2): forward with given adapters; only A and B train", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.new("LoRAModel", 5, 6, 3, 2, 8.0)
    c.inspect("parameters")
    c.call("trainable")
    c.new("LoRAModel", 4, 4, 4, 1, 1.0)
    c.inspect("parameters")
    c.call("trainable")
    secret.append(("01-registered-parameters", "base, lora_A (r, in) and lora_B (out, r) registered; the base is frozen", c.calls))

    c = Calls(ref)
    c.new("LoRAModel", 4, 8, 3, 4, 8.0)
    x = rand(5, 4, seed_gen=gen)
    base = c.last + 1
    c.call("base_forward", x, check_value=False)
    c.call("forward", x, check_value=False, same_as=base)
    c.call("train_step", x, rand(5, 3, seed_gen=gen), 0.5, check_value=False)
    c.call("base_forward", x, check_value=False, same_as=base)
    c.call("forward", x, check_value=False, differs_from=base)
    secret.append(("02-fresh-adapter-is-identity", "a new adapter changes nothing, one training step changes the output but not the base", c.calls))

    c = Calls(ref)
    model(c, gen, 4, 5, 3, 2, 8.0)
    c.call("forward", rand(3, 4, seed_gen=gen))
    model(c, gen, 4, 5, 3, 4, 2.0)
    c.call("forward", rand(3, 4, seed_gen=gen))
    model(c, gen, 4, 5, 3, 1, 1.0)
    c.call("forward", rand(3, 4, seed_gen=gen))
    secret.append(("03-scaling-alpha-over-r", "scaling alpha / r with (r, alpha) = (2, 8), (4, 2), (1, 1)", c.calls))

    c = Calls(ref)
    model(c, gen, 3, 4, 2, 2, 2.0)
    x, y = rand(6, 3, seed_gen=gen), rand(6, 2, seed_gen=gen)
    c.call("train_step", x, y, 0.1)
    c.call("train_step", x, y, 0.1)
    c.inspect("grads")
    c.inspect("state")
    secret.append(("04-frozen-base-training", "two SGD steps move only the adapters; the base gets no gradient", c.calls))

    c = Calls(ref)
    model(c, gen, 4, 6, 3, 2, 4.0)
    x = rand(5, 4, seed_gen=gen)
    before = c.last + 1
    c.call("forward", x)
    c.call("merge")
    c.call("forward", x, check_value=False, same_as=before)
    c.inspect("state")
    c.call("trainable")
    c.call("forward", rand(2, 4, seed_gen=gen))
    secret.append(("05-merge-same-output", "merge folds alpha/r * B A into the base weight: same outputs, base still frozen", c.calls))

    c = Calls(ref)
    model(c, gen, 3, 5, 2, 3, 6.0)
    x = rand(4, 3, seed_gen=gen)
    before = c.last + 1
    c.call("forward", x)
    c.call("merge")
    c.call("merge")
    c.call("forward", x, check_value=False, same_as=before)
    c.inspect("state")
    secret.append(("06-merge-twice", "a second merge changes nothing", c.calls))

    c = Calls(ref)
    model(c, gen, 4, 5, 3, 2, 4.0)
    c.call("forward", rand(2, 3, 4, seed_gen=gen))
    c.call("forward", rand(1, 4, seed_gen=gen))
    secret.append(("07-batched-and-single-inputs", "inputs of shape (2, 3, in) and a batch of one", c.calls))

    c = Calls(ref)
    model(c, gen, 3, 4, 2, 2, 4.0)
    x, w = rand(3, 3, seed_gen=gen), rand(3, 2, seed_gen=gen)
    tol = {"rel": 1e-4, "abs": 1e-6}
    for wrt in (0, "fc1.lora_A", "fc1.lora_B", "fc2.lora_B"):
        c.raw({"gradcheck": "forward", "args": [tensor(x)], "wrt": wrt, "weights": tensor(w), "tolerance": tol})
    secret.append(("08-gradients", "autograd gradients of the input and the adapters match finite differences", c.calls))

    c = Calls(ref)
    model(c, gen, 3, 4, 2, 2, 4.0)
    x, y = rand(4, 3, seed_gen=gen), rand(4, 2, seed_gen=gen)
    c.call("forward", x, unchanged=True)
    c.call("train_step", x, y, 0.1, unchanged=True)
    secret.append(("09-inputs-unchanged", "forward and training leave the batch as it was", c.calls))

    c = Calls(ref)
    for args in ((3, 4, 2, 0, 1.0), (3, 4, 2, -2, 1.0)):
        c.calls.append({"new": "LoRAModel", "args": list(args), "raises": "ValueError"})
        c.results.append(None)
    secret.append(("10-bad-rank", "a rank that is not positive raises ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
