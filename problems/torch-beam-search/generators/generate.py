#!/usr/bin/env python3
"""Generate the tests of torch-beam-search from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, write_group

ref = load_module("submissions/accepted/beam.py")
EXAMPLE = torch.tensor([[-2.3, -2.3, -0.5, -0.9, 1.7], [1.4, -0.6, -4.2, 0.6, -0.3], [2.9, 0.5, 0.3, 1.7, -0.3],
                        [-0.2, -1.2, 2.5, 4.0, 0.1], [1.2, -0.8, -1.7, -4.6, -0.2]])


def table(gen, v, scale=2.0):
    return rand(v, v, seed_gen=gen, scale=scale, decimals=2)


def run(c: Calls, t, bos, eos, k, max_len, alpha):
    return c.call("run_beam_search", t, bos, eos, k, max_len, alpha)


def main() -> None:
    gen = torch.Generator().manual_seed(99)
    sample = []
    c = Calls(ref)
    t = EXAMPLE
    run(c, t, 0, 4, 3, 4, 0.0)
    run(c, t, 0, 4, 3, 4, 1.0)
    sample.append(("1-length-penalty-reorders", "beam 3 over a 5-token bigram model, without and with the length penalty", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    for _ in range(3):
        t = table(gen, 6)
        run(c, t, 0, 5, 1, 6, 1.0)
    secret.append(("01-beam-one-is-greedy", "beam_size 1 follows the argmax and stops at eos", c.calls))

    c = Calls(ref)
    t = torch.tensor([[0.0, 2.0, 1.9, -5.0], [0.0, -3.0, -3.0, 0.0], [0.0, -5.0, -5.0, 5.0], [0.0, 0.0, 0.0, 0.0]])
    run(c, t, 0, 3, 1, 3, 0.0)
    run(c, t, 0, 3, 2, 3, 0.0)
    secret.append(("02-beam-beats-greedy", "a path that looks worse at step one wins overall; beam 2 finds it, greedy does not", c.calls))

    c = Calls(ref)
    for _ in range(3):
        t = table(gen, 6, scale=1.5)
        run(c, t, 0, 5, 4, 5, 0.0)
        run(c, t, 0, 5, 4, 5, 1.0)
        run(c, t, 0, 5, 4, 5, 0.6)
    secret.append(("03-length-penalty", "alpha 0 (raw sums), 1 (mean log-prob) and 0.6 on the same models", c.calls))

    c = Calls(ref)
    t = table(gen, 5)
    t[:, 4] += 1.0
    run(c, t, 0, 4, 3, 6, 1.0)
    t2 = table(gen, 5)
    t2[0, 4] = 8.0
    run(c, t2, 0, 4, 3, 6, 0.0)
    secret.append(("04-finished-hypotheses-leave-the-beam", "a hypothesis ending in eos is final: never extended, and the beam shrinks", c.calls))

    c = Calls(ref)
    t = table(gen, 6)
    t[:, 5] = -20.0
    run(c, t, 0, 5, 3, 4, 1.0)
    secret.append(("05-unfinished-at-max-len", "hypotheses alive at max_len end there without eos and are returned", c.calls))

    c = Calls(ref)
    t = table(gen, 5)
    run(c, t, 1, 3, 2, 1, 1.0)
    run(c, t, 1, 3, 5, 1, 0.0)
    secret.append(("06-max-len-one", "max_len 1: single-token hypotheses", c.calls))

    c = Calls(ref)
    for _ in range(4):
        t = table(gen, 4, scale=1.5)
        run(c, t, 0, 3, 6, 4, 1.0)
    secret.append(("07-wide-beam-small-vocab", "beams wider than the vocabulary", c.calls))

    c = Calls(ref)
    for _ in range(3):
        t = table(gen, 8)
        run(c, t, 0, 7, 3, 7, 0.8)
    secret.append(("08-larger-vocab", "8 tokens, beam 3, 7 steps", c.calls))

    c = Calls(ref)
    t = table(gen, 6)
    run(c, t, 0, 5, 4, 6, 1.0)
    secret.append(("09-one-score-call-per-step", "score_fn is called once per step with every alive prefix (score_calls)", c.calls))

    c = Calls(ref)
    t = table(gen, 5)
    c.call("run_beam_search", t, 0, 4, 3, 4, 1.0, unchanged=True)
    c.raises("run_beam_search", t, 0, 4, 0, 4, 1.0)
    c.raises("run_beam_search", t, 0, 4, 2, 0, 1.0)
    secret.append(("10-bad-arguments-and-unchanged", "beam_size or max_len below 1 raise ValueError; the table is left alone", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
