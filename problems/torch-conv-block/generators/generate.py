#!/usr/bin/env python3
"""Generate the tests of torch-conv-block from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/conv_block.py")


def make_state(gen, c_in, c_out, stride, residual):
    state = {"conv.weight": rand(c_out, c_in, 3, 3, seed_gen=gen, scale=0.4),
             "bn.weight": 1.0 + rand(c_out, seed_gen=gen, scale=0.2),
             "bn.bias": rand(c_out, seed_gen=gen, scale=0.2),
             "bn.running_mean": rand(c_out, seed_gen=gen, scale=0.3),
             "bn.running_var": 0.5 + rand(c_out, seed_gen=gen, scale=0.3).abs(),
             "bn.num_batches_tracked": torch.tensor(10)}
    if residual and (c_in != c_out or stride != 1):
        state["proj.weight"] = rand(c_out, c_in, 1, 1, seed_gen=gen, scale=0.6)
    return state


def block(c: Calls, gen, c_in, c_out, stride=1, residual=True):
    c.new("ConvBlock", c_in, c_out, stride, residual)
    c.call("load_state_dict", make_state(gen, c_in, c_out, stride, residual), check_value=False)
    return c.instance


def pre_activation_margin(module, x) -> float:
    """The smallest |value| that enters the final ReLU (finite differences need it away from 0)."""
    with torch.no_grad():
        out = module.bn(module.conv(x))
        if module.residual:
            out = out + (x if module.proj is None else module.proj(x))
    return float(out.abs().min())


def main() -> None:
    gen = torch.Generator().manual_seed(90210)
    sample = []
    c = Calls(ref)
    c.new("ConvBlock", 2, 3, 1, True)
    c.inspect("parameters")
    c.call("load_state_dict", make_state(gen, 2, 3, 1, True), check_value=False)
    x = rand(2, 2, 4, 4, seed_gen=gen)
    c.call("forward", x)
    c.call("eval", check_value=False)
    c.call("forward", x)
    sample.append(("1-projection-block", "2 -> 3 channels with a 1x1 projection: training-mode and eval-mode outputs", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    for args in ((3, 3, 1, True), (3, 5, 1, True), (4, 4, 2, True), (3, 5, 2, False)):
        c.new("ConvBlock", *args)
        c.inspect("parameters")
        c.inspect("buffers")
    secret.append(("01-registered-parameters", "conv without bias, batch norm, and proj only when channels or stride change", c.calls))

    c = Calls(ref)
    block(c, gen, 3, 4, 1, False)
    c.call("forward", rand(2, 3, 7, 5, seed_gen=gen))
    block(c, gen, 3, 4, 2, False)
    c.call("forward", rand(2, 3, 7, 5, seed_gen=gen))
    secret.append(("02-plain-block-odd-sizes", "no residual: relu(bn(conv(x))) on 7x5 inputs, stride 1 keeps the size, stride 2 gives 4x3", c.calls))

    c = Calls(ref)
    block(c, gen, 4, 4, 1, True)
    c.call("forward", rand(3, 4, 5, 6, seed_gen=gen))
    secret.append(("03-identity-residual", "same channels, stride 1: the input is added before the ReLU", c.calls))

    c = Calls(ref)
    block(c, gen, 3, 5, 2, True)
    c.call("forward", rand(2, 3, 7, 5, seed_gen=gen))
    block(c, gen, 4, 4, 2, True)
    c.call("forward", rand(2, 4, 6, 9, seed_gen=gen))
    block(c, gen, 3, 6, 1, True)
    c.call("forward", rand(2, 3, 4, 4, seed_gen=gen))
    secret.append(("04-projection-residual", "a 1x1 projection when channels change, when the stride is 2, or both", c.calls))

    c = Calls(ref)
    block(c, gen, 2, 3, 1, True)
    c.call("forward", rand(4, 2, 3, 3, seed_gen=gen, scale=2.0))
    c.call("forward", rand(4, 2, 3, 3, seed_gen=gen, scale=0.5))
    c.inspect("state")
    secret.append(("05-running-stats-update", "training mode normalises with batch statistics and updates the running ones (momentum 0.1)", c.calls))

    c = Calls(ref)
    block(c, gen, 3, 4, 1, True)
    c.call("eval", check_value=False)
    x = rand(5, 3, 4, 4, seed_gen=gen)
    first = c.last + 1
    c.call("forward", x)
    c.call("forward", x, check_value=False, same_as=first)
    whole = c.results[first - 1]
    one = c.call("forward", x[2:3])
    assert torch.allclose(one, whole[2:3], atol=1e-6)
    c.inspect("state")
    c.inspect("training")
    secret.append(("06-eval-uses-running-stats", "eval mode: running statistics, repeatable, one example alone, nothing updated", c.calls))

    c = Calls(ref)
    block(c, gen, 2, 2, 1, True)
    x = rand(3, 2, 5, 5, seed_gen=gen)
    train_out = c.last + 1
    c.call("forward", x)
    c.call("eval", check_value=False)
    c.call("forward", x, differs_from=train_out)
    c.call("train", check_value=False)
    c.inspect("training")
    c.call("forward", x)
    c.inspect("state")
    secret.append(("07-train-eval-switch", "train -> eval -> train: outputs follow the mode, running stats move only in training", c.calls))

    c = Calls(ref)
    tol = {"rel": 1e-4, "abs": 1e-6}
    module = block(c, gen, 2, 3, 2, True)
    x, w = rand(2, 2, 5, 5, seed_gen=gen), rand(2, 3, 3, 3, seed_gen=gen)
    assert pre_activation_margin(module, x) > 1e-4, "gradient test input too close to the ReLU kink"
    for wrt in (0, "conv.weight", "bn.weight", "bn.bias", "proj.weight"):
        c.raw({"gradcheck": "forward", "args": [tensor(x)], "wrt": wrt, "weights": tensor(w), "tolerance": tol})
    module = block(c, gen, 3, 3, 1, True)
    c.call("eval", check_value=False)
    x, w = rand(2, 3, 4, 3, seed_gen=gen), rand(2, 3, 4, 3, seed_gen=gen)
    module.eval()
    assert pre_activation_margin(module, x) > 1e-4, "gradient test input too close to the ReLU kink"
    for wrt in (0, "conv.weight"):
        c.raw({"gradcheck": "forward", "args": [tensor(x)], "wrt": wrt, "weights": tensor(w), "tolerance": tol})
    secret.append(("08-gradients", "gradients in training mode (through batch statistics) and in eval mode match finite differences", c.calls))

    c = Calls(ref)
    block(c, gen, 3, 4, 2, True)
    c.call("forward", rand(1, 3, 3, 3, seed_gen=gen))
    c.call("eval", check_value=False)
    c.call("forward", rand(1, 3, 1, 1, seed_gen=gen))
    c.call("forward", rand(2, 3, 2, 7, seed_gen=gen))
    secret.append(("09-batch-of-one-and-tiny-inputs", "a batch of one in training mode, a 1x1 image and a 2x7 image with stride 2", c.calls))

    c = Calls(ref)
    block(c, gen, 3, 3, 1, True)
    x = rand(2, 3, 4, 4, seed_gen=gen)
    c.call("forward", x, unchanged=True)
    c.call("eval", check_value=False)
    c.call("forward", x, unchanged=True)
    secret.append(("10-inputs-unchanged", "forward leaves the input as it was (no in-place ReLU on the shortcut)", c.calls))

    c = Calls(ref)
    for args in ((0, 4, 1, True), (3, 0, 1, True), (3, 4, 0, True), (3, 4, -1, False)):
        c.calls.append({"new": "ConvBlock", "args": list(args), "raises": "ValueError"})
        c.results.append(None)
    secret.append(("11-bad-arguments", "a channel count or stride below 1 raises ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
