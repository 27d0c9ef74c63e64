#!/usr/bin/env python3
"""Generate the tests of torch-speculative-acceptance from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import random

import torch

from apitest import Calls, load_module, write_group

ref = load_module("submissions/accepted/speculative.py")
Q = torch.tensor([0.5, 0.3, 0.1, 0.1])
P = torch.tensor([0.2, 0.2, 0.4, 0.2])


def dist(rnd: random.Random, v: int, zeros: int = 0) -> torch.Tensor:
    """A random distribution over v tokens, rounded to 4 decimals, with `zeros` zero entries."""
    w = [rnd.random() + 0.05 for _ in range(v)]
    for i in rnd.sample(range(v), zeros):
        w[i] = 0.0
    w = [round(x / sum(w), 4) for x in w]
    w[max(range(v), key=lambda i: w[i])] += round(1.0 - sum(w), 4)
    return torch.tensor(w)


def case(rnd: random.Random, k: int, v: int):
    draft = torch.stack([dist(rnd, v, zeros=rnd.randrange(0, 2)) for _ in range(k)]) if k else torch.zeros(0, v)
    target = torch.stack([dist(rnd, v, zeros=rnd.randrange(0, 2)) for _ in range(k + 1)])
    tokens = []
    for i in range(k):
        support = [j for j in range(v) if draft[i, j] > 0]
        tokens.append(rnd.choice(support))
    accept_u = torch.tensor([round(rnd.random(), 4) for _ in range(k)])
    return torch.tensor(tokens, dtype=torch.int64), draft, target, accept_u, round(rnd.random(), 4)


def main() -> None:
    rnd = random.Random(1729)
    sample = []
    c = Calls(ref)
    c.call("residual_distribution", P, Q)
    c.call("speculative_step", torch.tensor([0, 2, 1]), torch.stack([Q, Q, Q]), torch.stack([P, P, P, P]),
           torch.tensor([0.3, 0.9, 0.8]), 0.5)
    c.call("speculative_step", torch.tensor([0, 2, 1]), torch.stack([Q, Q, Q]), torch.stack([P, P, P, P]),
           torch.tensor([0.3, 0.9, 0.1]), 0.5)
    sample.append(("1-worked-example", "three drafts: a rejection at the third, then all three accepted plus a bonus token", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    for _ in range(3):
        t, d = dist(rnd, 6, 1), dist(rnd, 6, 1)
        c.call("residual_distribution", t, d)
        c.raw({"call": "residual_distribution", "args": c.calls[-1]["args"], "check": "probabilities"})
    batch_t = torch.stack([dist(rnd, 5) for _ in range(4)])
    batch_d = torch.stack([dist(rnd, 5) for _ in range(4)])
    batch_d[2] = batch_t[2]
    c.call("residual_distribution", batch_t, batch_d, unchanged=True)
    c.raw({"call": "residual_distribution", "args": c.calls[-1]["args"], "check": "probabilities"})
    secret.append(("01-residual-distribution", "the normalized positive part of target - draft, row by row; equal rows give the target", c.calls))

    c = Calls(ref)
    probs = torch.tensor([0.0, 0.25, 0.0, 0.5, 0.25])
    for u in (0.0, 0.1, 0.25, 0.2499, 0.74, 0.75, 0.9999):
        c.call("sample_from", probs, u)
    c.call("sample_from", torch.tensor([0.3, 0.3, 0.3, 0.0]), 0.99999)
    secret.append(("02-inverse-cdf-sampling", "boundaries of the inverse CDF; zero-probability tokens are never drawn", c.calls))

    c = Calls(ref)
    for _ in range(3):
        t, d, tp, _, su = case(rnd, 3, 5)
        # accept everything: uniforms of 0 accept any draft with p > 0; choose drafts where p > 0
        tokens = torch.tensor([int(torch.argmax(tp[i])) for i in range(3)])
        d = d.clone()
        for i in range(3):
            d[i] = tp[i]
        result = c.call("speculative_step", tokens, d, tp, torch.zeros(3), su)
        assert result[1] == 3
    secret.append(("03-all-accepted-bonus-token", "when every draft is accepted, one more token is sampled from target_probs[K]", c.calls))

    c = Calls(ref)
    q = torch.tensor([0.1, 0.6, 0.2, 0.1])
    p = torch.tensor([0.4, 0.1, 0.3, 0.2])
    drafts = torch.stack([q, q, q, q])
    targets = torch.stack([p, p, p, p, p])
    c.call("speculative_step", torch.tensor([0, 1, 0, 2]), drafts, targets, torch.tensor([0.5, 0.9, 0.0, 0.0]), 0.3)
    c.call("speculative_step", torch.tensor([1, 0, 0, 0]), drafts, targets, torch.tensor([0.99, 0.0, 0.0, 0.0]), 0.9)
    secret.append(("04-first-rejection-stops", "verification stops at the first rejection; later drafts are discarded", c.calls))

    c = Calls(ref)
    q = torch.tensor([0.5, 0.5])
    p = torch.tensor([0.25, 0.75])
    for u in (0.49, 0.51):
        c.call("speculative_step", torch.tensor([0]), q.reshape(1, 2), torch.stack([p, p]), torch.tensor([u]), 0.5)
    for u in (0.0, 0.999):
        c.call("speculative_step", torch.tensor([1]), q.reshape(1, 2), torch.stack([p, p]), torch.tensor([u]), 0.1)
    secret.append(("05-acceptance-ratio", "accept when u < p/q (0.5 here); a token the target likes more than the draft is always accepted", c.calls))

    c = Calls(ref)
    t, d, tp, _, su = case(rnd, 0, 6)
    c.call("speculative_step", t, d, tp, torch.zeros(0), 0.42)
    secret.append(("06-no-drafts", "K = 0: just one token from the target", c.calls))

    c = Calls(ref)
    for _ in range(15):
        c.call("speculative_step", *case(rnd, 4, 6))
    secret.append(("07-random-cases", "fifteen random verifications of 4 drafts over 6 tokens", c.calls))

    c = Calls(ref)
    case_ = case(rnd, 3, 5)
    c.call("speculative_step", *case_, unchanged=True)
    secret.append(("08-inputs-unchanged", "verification does not modify its inputs", c.calls))

    c = Calls(ref)
    tol = {"rel": 0.0, "abs": 0.03}
    for q, p in ((torch.tensor([0.5, 0.3, 0.1, 0.1]), torch.tensor([0.2, 0.2, 0.4, 0.2])),
                 (torch.tensor([0.7, 0.1, 0.1, 0.1]), torch.tensor([0.1, 0.1, 0.1, 0.7])),
                 (torch.tensor([0.25, 0.25, 0.25, 0.25]), torch.tensor([0.0, 0.5, 0.5, 0.0]))):
        got = c.call("emitted_distribution", q, p, 8, tolerance=tol)
        assert torch.allclose(got, p, atol=0.02), (got, p)
    secret.append(("09-output-follows-target", "over a lattice of uniforms, the first emitted token is distributed as the target", c.calls))

    c = Calls(ref)
    t, d, tp, au, su = case(rnd, 3, 4)
    c.raises("speculative_step", t, d[:2], tp, au, su)
    c.raises("speculative_step", t, d, tp[:3], au, su)
    c.raises("speculative_step", t, d, tp, au[:2], su)
    c.raises("residual_distribution", torch.ones(3) / 3, torch.ones(4) / 4)
    secret.append(("10-bad-shapes", "mismatched shapes raise ValueError", c.calls))

    c = Calls(ref)
    t, d, tp, au, su = case(rnd, 3, 5)
    tp = torch.cat([d, tp[3:]])
    result = c.call("speculative_step", t, d, tp, torch.full((3,), 0.9999), su)
    assert result[1] == 3
    secret.append(("11-identical-models-accept-everything", "when draft and target agree, every draft is accepted", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
