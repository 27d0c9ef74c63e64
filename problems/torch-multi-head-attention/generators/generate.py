#!/usr/bin/env python3
"""Generate the tests of torch-multi-head-attention from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/attention.py")
PROJECTIONS = ("q_proj", "k_proj", "v_proj", "out_proj")


def make_state(gen, d):
    state = {}
    for name in PROJECTIONS:
        state[f"{name}.weight"] = rand(d, d, seed_gen=gen, scale=d ** -0.5 * 1.5)
        state[f"{name}.bias"] = rand(d, seed_gen=gen, scale=0.1)
    return state


def model(c: Calls, gen, d, h, p=0.0, eval_mode=True):
    c.new("MultiHeadAttention", d, h, p)
    c.call("load_state_dict", make_state(gen, d), check_value=False)
    if eval_mode:
        c.call("eval", check_value=False)


def padding(lengths, t):
    return torch.tensor([[i >= n for i in range(t)] for n in lengths])


def main() -> None:
    gen = torch.Generator().manual_seed(2024)
    sample = []
    c = Calls(ref)
    model(c, gen, 4, 2)
    c.call("forward", rand(1, 3, 4, seed_gen=gen))
    c.call("forward", rand(1, 3, 4, seed_gen=gen), True)
    sample.append(("1-two-heads", "d_model 4, 2 heads, 3 positions: no mask, then causal", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.new("MultiHeadAttention", 8, 2, 0.1)
    c.inspect("parameters")
    c.inspect("buffers")
    c.inspect("training")
    c.new("MultiHeadAttention", 6, 3)
    c.inspect("parameters")
    secret.append(("01-registered-parameters", "four nn.Linear projections registered under their names", c.calls))

    c = Calls(ref)
    model(c, gen, 8, 2)
    c.call("forward", rand(2, 5, 8, seed_gen=gen))
    model(c, gen, 8, 4)
    c.call("forward", rand(3, 4, 8, seed_gen=gen, scale=2.0))
    secret.append(("02-values-no-mask", "full attention, 2 and 4 heads", c.calls))

    c = Calls(ref)
    model(c, gen, 8, 2)
    x = rand(2, 6, 8, seed_gen=gen)
    first = c.last + 1
    c.call("forward", x, True)
    x2 = x.clone()
    x2[:, 3:] = rand(2, 3, 8, seed_gen=gen, scale=3.0)
    c.call("forward", x2, True, check_value=False, same_as=first, slice=[None, [0, 3]])
    c.call("forward", x2, True)
    secret.append(("03-causal", "causal mask: values, and positions < 3 ignore a change at positions >= 3", c.calls))

    c = Calls(ref)
    model(c, gen, 8, 2)
    x = rand(2, 6, 8, seed_gen=gen)
    mask = padding([6, 4], 6)
    first = c.last + 1
    c.call("forward", x, False, mask)
    x2 = x.clone()
    x2[1, 4:] = rand(2, 8, seed_gen=gen, scale=3.0)
    c.call("forward", x2, False, mask, check_value=False, same_as=first, slice=[None, [0, 4]])
    secret.append(("04-key-padding", "padded keys get no attention: changing them changes no real position", c.calls))

    c = Calls(ref)
    model(c, gen, 8, 4)
    c.call("forward", rand(3, 5, 8, seed_gen=gen), True, padding([5, 3, 1], 5))
    secret.append(("05-causal-and-padding", "both masks at once, one sequence of length 1", c.calls))

    c = Calls(ref)
    model(c, gen, 12, 3)
    c.call("forward", rand(1, 7, 12, seed_gen=gen))
    c.call("forward", rand(1, 7, 12, seed_gen=gen), True)
    c.call("forward", rand(1, 1, 12, seed_gen=gen), True)
    secret.append(("06-batch-one-odd-length", "batch of one, 7 positions and 1 position, d_head 4", c.calls))

    c = Calls(ref)
    model(c, gen, 6, 1)
    c.call("forward", rand(2, 4, 6, seed_gen=gen), True)
    model(c, gen, 6, 6)
    c.call("forward", rand(2, 4, 6, seed_gen=gen), True)
    secret.append(("07-one-head-and-d-head-one", "n_heads 1 (plain attention) and n_heads = d_model", c.calls))

    c = Calls(ref)
    model(c, gen, 8, 2, 0.5)
    x = rand(2, 5, 8, seed_gen=gen)
    first = c.last + 1
    c.call("forward", x, True)
    c.call("forward", x, True, check_value=False, same_as=first)
    c.inspect("training")
    c.call("train", check_value=False)
    c.call("forward", x, True, check_value=False, differs_from=first)
    c.call("forward", x, True, check_value=False, check="finite")
    c.inspect("training")
    secret.append(("08-dropout-train-eval", "dropout 0.5: off and repeatable in eval mode, active in training mode", c.calls))

    c = Calls(ref)
    model(c, gen, 8, 2, 0.0, eval_mode=False)
    c.call("forward", rand(2, 4, 8, seed_gen=gen), True)
    secret.append(("09-dropout-zero-in-training", "dropout 0 in training mode changes nothing", c.calls))

    c = Calls(ref)
    model(c, gen, 8, 2)
    c.call("forward", rand(2, 5, 8, seed_gen=gen), True, padding([5, 2], 5), unchanged=True)
    secret.append(("10-input-unchanged", "the input and the mask are left as they were", c.calls))

    c = Calls(ref)
    model(c, gen, 4, 2)
    x = rand(2, 3, 4, seed_gen=gen)
    w = rand(2, 3, 4, seed_gen=gen)
    tol = {"rel": 1e-4, "abs": 1e-6}
    for wrt in (0, "q_proj.weight", "v_proj.bias", "out_proj.weight"):
        c.raw({"gradcheck": "forward", "args": [tensor(x), True], "wrt": wrt, "weights": tensor(w), "tolerance": tol})
    secret.append(("11-gradients", "autograd gradients of x and of the projections match finite differences", c.calls))

    c = Calls(ref)
    for args in ((10, 3), (8, 0), (8, 2, 1.0)):
        c.calls.append({"new": "MultiHeadAttention", "args": list(args), "raises": "ValueError"})
        c.results.append(None)
    secret.append(("12-bad-arguments", "d_model not divisible by n_heads, no heads, dropout 1 raise ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
