#!/usr/bin/env python3
"""Generate the tests of torch-top-p-sampling from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, write_group

ref = load_module("submissions/accepted/top_p.py")
EXAMPLE = torch.tensor([2.0, 1.0, 0.5, 0.0, -1.0])


def filt(c: Calls, logits, t, p, **extra):
    c.call("filter_distribution", logits, t, p, **extra)
    return c.raw({"call": "filter_distribution", "args": c.calls[-1]["args"], "check": "probabilities"})


def main() -> None:
    gen = torch.Generator().manual_seed(777)
    sample = []
    c = Calls(ref)
    filt(c, EXAMPLE, 1.0, 0.8)
    filt(c, EXAMPLE, 0.5, 0.8)
    filt(c, EXAMPLE, 2.0, 0.8)
    c.call("sample", EXAMPLE, 1.0, 0.8, 10, 0)
    sample.append(("1-worked-example", "five logits at three temperatures with top_p 0.8, then ten seeded draws", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    logits = rand(4, 12, seed_gen=gen, scale=2.0)
    for t in (0.3, 0.7, 1.0, 1.5, 4.0):
        filt(c, logits, t, 1.0)
    secret.append(("01-temperature-reshapes-softmax", "top_p 1: temperature alone; low T sharpens, high T flattens", c.calls))
    c = Calls(ref)
    filt(c, torch.tensor([1.0, 0.0, -1.0, -2.0]), 1.0, 0.6652409557748219)
    filt(c, torch.tensor([3.0, 1.0, 1.0, 1.0, 0.0]), 1.0, 0.5)
    filt(c, torch.tensor([0.0, 0.0, 0.0, 0.0]), 1.0, 0.5)
    filt(c, torch.tensor([0.0, 0.0, 0.0, 0.0]), 1.0, 0.51)
    secret.append(("02-crossing-token-kept", "the token whose cumulative mass first reaches top_p is in the nucleus", c.calls))
    c = Calls(ref)
    logits = rand(3, 10, seed_gen=gen, scale=3.0)
    for t, p in ((1.0, 0.9), (0.5, 0.9), (2.0, 0.5), (1.3, 0.3)):
        filt(c, logits, t, p)
    secret.append(("03-temperature-before-nucleus", "the nucleus is chosen from the temperature-scaled distribution", c.calls))
    c = Calls(ref)
    logits = rand(2, 3, 8, seed_gen=gen, scale=2.0)
    filt(c, logits, 0.8, 0.7)
    filt(c, logits[0, 0], 0.8, 0.7)
    secret.append(("04-batched-rows", "(B, T, V) logits are filtered row by row", c.calls))
    c = Calls(ref)
    filt(c, torch.tensor([[1.0, 5.0, 5.0, 2.0], [0.0, -1.0, 3.0, 3.0]]), 0.0, 0.9)
    filt(c, torch.tensor([0.1, 0.2, 0.3]), 1.0, 1e-6)
    c.call("sample", torch.tensor([[1.0, 5.0, 5.0, 2.0]]), 0.0, 0.9, 6, 3)
    secret.append(("05-greedy-and-tiny-top-p", "temperature 0 is greedy (first maximum); a tiny top_p keeps one token", c.calls))
    c = Calls(ref)
    # Masked with a very negative finite logit: the judge passes -Infinity inside a tensor to Python
    # as a string for now (reported), so -inf itself cannot be written in a test yet.
    masked = -1e30
    filt(c, torch.tensor([[masked, 1.0, 2.0, masked, 0.0]]), 1.0, 0.9)
    filt(c, torch.tensor([masked, 0.0, masked]), 3.0, 0.2)
    secret.append(("06-masked-logits", "masked logits (banned tokens) get probability 0 and never enter the nucleus", c.calls))
    c = Calls(ref)
    logits = rand(2, 6, seed_gen=gen, scale=2.0)
    c.call("filter_distribution", logits, 0.7, 0.8, unchanged=True)
    c.call("sample", logits, 0.7, 0.8, 5, 11, unchanged=True)
    secret.append(("07-logits-unchanged", "filtering and sampling leave the logits alone", c.calls))
    c = Calls(ref)
    logits = rand(3, 20, seed_gen=gen, scale=2.0)
    c.call("sample", logits, 0.9, 0.85, 40, 2024)
    c.call("sample", logits, 0.9, 0.85, 40, 2024, same_as=1)
    c.call("sample", logits[1], 1.2, 0.6, 25, 5)
    secret.append(("08-seeded-sampling", "draws come from torch.multinomial with a generator seeded by `seed`", c.calls))
    c = Calls(ref)
    logits = torch.tensor([4.0, 3.0, 2.0, 1.0, 0.0, -1.0])
    c.call("sample", logits, 1.0, 0.7, 30, 9)
    secret.append(("09-sampled-ids-are-vocabulary-ids", "sampled ids index the vocabulary, not the sorted order", c.calls))
    c = Calls(ref)
    c.raises("filter_distribution", EXAMPLE, -1.0, 0.9)
    c.raises("filter_distribution", EXAMPLE, 1.0, 0.0)
    c.raises("filter_distribution", EXAMPLE, 1.0, 1.5)
    secret.append(("10-bad-arguments", "a negative temperature or top_p outside (0, 1] raises ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
