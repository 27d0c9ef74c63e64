#!/usr/bin/env python3
"""Generate the tests of torch-lstm-cell from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
The reference is cross-checked against torch.nn.LSTMCell first (same gate order; its two biases
are folded into one).
"""
import math

import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/lstm.py")
GRAD = {"rel": 1e-5, "abs": 1e-6}


def weights(gen: torch.Generator, inputs: int, hidden: int, scale: float = 0.5) -> dict:
    return {
        "gates.weight": rand(4 * hidden, inputs + hidden, seed_gen=gen, scale=scale),
        "gates.bias": rand(4 * hidden, seed_gen=gen, scale=scale),
    }


def cross_check(gen: torch.Generator) -> None:
    for inputs, hidden, batch in ((3, 4, 2), (1, 1, 1), (5, 2, 3)):
        cell = ref.LSTMCell(inputs, hidden)
        cell.load_state_dict(weights(gen, inputs, hidden))
        torch_cell = torch.nn.LSTMCell(inputs, hidden)
        with torch.no_grad():
            torch_cell.weight_ih.copy_(cell.gates.weight[:, :inputs])
            torch_cell.weight_hh.copy_(cell.gates.weight[:, inputs:])
            torch_cell.bias_ih.copy_(cell.gates.bias)
            torch_cell.bias_hh.zero_()
        x, h, c = (rand(batch, n, seed_gen=gen) for n in (inputs, hidden, hidden))
        for got, want in zip(cell(x, (h, c)), torch_cell(x, (h, c))):
            err = (got - want).abs().max().item()
            assert err < 1e-6, f"reference disagrees with torch.nn.LSTMCell by {err}"


def cell(c: Calls, gen: torch.Generator, inputs: int, hidden: int, scale: float = 0.5) -> None:
    c.new("LSTMCell", inputs, hidden)
    c.call("load_state_dict", weights(gen, inputs, hidden, scale), check_value=False)


def sequence(c: Calls, gen: torch.Generator, inputs: int, hidden: int) -> None:
    c.new("LSTMSequence", inputs, hidden)
    state = {f"cell.{k}": v for k, v in weights(gen, inputs, hidden).items()}
    c.call("load_state_dict", state, check_value=False)


def main() -> None:
    gen = torch.Generator().manual_seed(1997)
    cross_check(torch.Generator().manual_seed(5))

    sample = []
    c = Calls(ref)
    # The statement's example: one unit, the candidate reads x, the forget bias is ln 3 (f = 0.75).
    c.new("LSTMCell", 1, 1)
    c.call("load_state_dict", {
        "gates.weight": torch.tensor([[0.0, 0.0], [0.0, 0.0], [1.0, 0.0], [0.0, 0.0]]),
        "gates.bias": torch.tensor([0.0, math.log(3.0), 0.0, 0.0]),
    }, check_value=False)
    c.call("forward", torch.tensor([[0.5]]), [torch.tensor([[0.0]]), torch.tensor([[1.0]])])
    cell(c, gen, 2, 3)
    c.call("forward", rand(2, 2, seed_gen=gen))
    sample.append(("1-one-unit-by-hand", "the worked example (f = 0.75, i = o = 0.5, g = tanh 0.5), then a (2, 2) batch from a zero state", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.new("LSTMCell", 3, 4)
    c.inspect("parameters")
    c.new("LSTMCell", 1, 2)
    c.inspect("parameters")
    secret.append(("01-registered-parameters", "one Linear over [x, h]: gates.weight (4H, I + H) and gates.bias (4H,)", c.calls))

    c = Calls(ref)
    cell(c, gen, 3, 4)
    x = rand(3, 3, seed_gen=gen)
    first = c.last + 1
    c.call("forward", x)
    c.call("forward", x, [torch.zeros(3, 4), torch.zeros(3, 4)], check_value=False, same_as=first)
    secret.append(("02-default-state-is-zeros", "no state means h = c = 0", c.calls))

    c = Calls(ref)
    # Zero weights: every gate is its bias, so each gate's role shows on its own.
    c.new("LSTMCell", 2, 2)
    h, cc = torch.tensor([[0.5, -1.0]]), torch.tensor([[2.0, -0.5]])
    x = torch.tensor([[1.0, -1.0]])
    for bias in ([0.0, 0.0, 3.0, -3.0, 0.0, 0.0, 0.0, 0.0],   # input gate open for unit 0, shut for unit 1
                 [0.0, 0.0, -5.0, 5.0, 0.0, 0.0, 0.0, 0.0],   # forget gate shut for unit 0, open for unit 1
                 [0.0, 0.0, 0.0, 0.0, 1.0, -2.0, 0.0, 0.0],   # candidate tanh(1), tanh(-2)
                 [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, -4.0]):  # output gate open for unit 0, shut for unit 1
        c.call("load_state_dict", {"gates.weight": torch.zeros(8, 4), "gates.bias": torch.tensor(bias)}, check_value=False)
        c.call("forward", x, [h, cc])
    secret.append(("03-each-gate-alone", "zero weights and one gate's bias at a time: input, forget, candidate, output", c.calls))

    c = Calls(ref)
    cell(c, gen, 3, 5)
    c.call("forward", rand(4, 3, seed_gen=gen), [rand(4, 5, seed_gen=gen), rand(4, 5, seed_gen=gen)])
    cell(c, gen, 6, 2, scale=1.0)
    c.call("forward", rand(5, 6, seed_gen=gen), [rand(5, 2, seed_gen=gen), rand(5, 2, seed_gen=gen, scale=3.0)])
    secret.append(("04-batched-steps-with-state", "random weights, batches of 4 and 5 from a given (h, c)", c.calls))

    c = Calls(ref)
    cell(c, gen, 2, 3, scale=4.0)
    big = rand(3, 2, seed_gen=gen, scale=30.0)
    c.call("forward", big, [rand(3, 3, seed_gen=gen), rand(3, 3, seed_gen=gen, scale=20.0)])
    c.raw({"call": "forward", "args": c.calls[-1]["args"], "check": "finite"})
    secret.append(("05-saturated-gates", "large pre-activations saturate the gates without NaN or infinity", c.calls))

    c = Calls(ref)
    sequence(c, gen, 3, 4)
    xs = rand(6, 2, 3, seed_gen=gen)
    c.call("forward", xs)
    c.call("forward", xs, rand(2, 4, seed_gen=gen), rand(2, 4, seed_gen=gen))
    secret.append(("06-sequence-of-six-steps", "the given LSTMSequence carries (h, c) through six steps", c.calls))

    c = Calls(ref)
    sequence(c, gen, 2, 3)
    xs, h0, c0 = rand(4, 2, 2, seed_gen=gen), rand(2, 3, seed_gen=gen), rand(2, 3, seed_gen=gen)
    args = [tensor(xs), tensor(h0), tensor(c0)]
    w_out, w_c = rand(4, 2, 3, seed_gen=gen), rand(2, 3, seed_gen=gen)
    for wrt, pick, w in ((0, 0, w_out), ("cell.gates.weight", 0, w_out), ("cell.gates.bias", 0, w_out),
                         (1, 0, w_out), (2, 2, w_c), ("cell.gates.weight", 2, w_c)):
        c.raw({"gradcheck": "forward", "args": args, "wrt": wrt, "pick": pick, "weights": tensor(w), "tolerance": GRAD})
    secret.append(("07-gradients-through-time", "autograd gradients of the outputs and the last c, with respect to inputs, weights, bias and the initial state, match finite differences", c.calls))

    c = Calls(ref)
    cell(c, gen, 1, 1)
    c.call("forward", rand(1, 1, seed_gen=gen))
    c.call("forward", rand(1, 1, seed_gen=gen), [rand(1, 1, seed_gen=gen), rand(1, 1, seed_gen=gen)])
    sequence(c, gen, 4, 1)
    c.call("forward", rand(1, 1, 4, seed_gen=gen))
    secret.append(("08-batch-of-one-and-one-unit", "batch 1, hidden size 1, a sequence of one step", c.calls))

    c = Calls(ref)
    cell(c, gen, 3, 4)
    x, h, cc = rand(2, 3, seed_gen=gen), rand(2, 4, seed_gen=gen), rand(2, 4, seed_gen=gen)
    c.call("forward", x, [h, cc], unchanged=True)
    secret.append(("09-state-unchanged", "the step returns new tensors and leaves x, h and c as they were", c.calls))

    c = Calls(ref)
    for args in ((0, 3), (3, 0), (-1, 2)):
        c.calls.append({"new": "LSTMCell", "args": list(args), "raises": "ValueError"})
        c.results.append(None)
    c.new("LSTMCell", 3, 2)
    c.raises("forward", rand(2, 4, seed_gen=gen))
    c.raises("forward", rand(3, seed_gen=gen))
    c.raises("forward", rand(2, 3, seed_gen=gen), [rand(2, 3, seed_gen=gen), rand(2, 2, seed_gen=gen)])
    c.raises("forward", rand(2, 3, seed_gen=gen), [rand(2, 2, seed_gen=gen), rand(1, 2, seed_gen=gen)])
    secret.append(("10-bad-arguments", "sizes that are not positive, a wrong input size, a 1-D input, a state of the wrong shape", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
