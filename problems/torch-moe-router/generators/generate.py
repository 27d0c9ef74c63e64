#!/usr/bin/env python3
"""Generate the tests of torch-moe-router from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/moe.py")


def make_state(gen, d, h, e, gate_scale=1.0):
    state = {"gate.weight": rand(e, d, seed_gen=gen, scale=gate_scale)}
    for i in range(e):
        state[f"experts.{i}.fc1.weight"] = rand(h, d, seed_gen=gen, scale=0.5)
        state[f"experts.{i}.fc1.bias"] = rand(h, seed_gen=gen, scale=0.1)
        state[f"experts.{i}.fc2.weight"] = rand(d, h, seed_gen=gen, scale=0.5)
        state[f"experts.{i}.fc2.bias"] = rand(d, seed_gen=gen, scale=0.1)
    return state


def layer(c: Calls, gen, d, h, e, k, state=None):
    c.new("MoELayer", d, h, e, k)
    c.call("load_state_dict", state or make_state(gen, d, h, e), check_value=False)
    return c.instance


def margin(module, x) -> float:
    """The smallest gap, over tokens, between the k-th and the (k+1)-th gate logit."""
    logits = module.gate(x.reshape(-1, x.shape[-1])).detach()
    top = torch.sort(logits, dim=-1, descending=True).values
    if module.k == module.num_experts:
        return float("inf")
    return float((top[:, module.k - 1] - top[:, module.k]).min())


def main() -> None:
    gen = torch.Generator().manual_seed(20261207)
    sample = []
    c = Calls(ref)
    c.new("MoELayer", 4, 6, 4, 2)
    c.inspect("parameters")
    c.call("load_state_dict", make_state(gen, 4, 6, 4), check_value=False)
    x = rand(3, 4, seed_gen=gen)
    c.call("route", x)
    c.call("forward", x)
    sample.append(("1-route-and-combine", "4 experts, top-2: parameters, routing weights and indices, output and aux loss", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    c.new("MoELayer", 5, 7, 3, 1)
    c.inspect("parameters")
    c.new("MoELayer", 3, 4, 6, 2)
    c.inspect("parameters")
    secret.append(("01-registered-parameters", "the gate and every expert's layers are registered parameters", c.calls))

    c = Calls(ref)
    for e, k, n in ((6, 2, 7), (5, 3, 4)):
        layer(c, gen, 5, 4, e, k)
        x = rand(n, 5, seed_gen=gen)
        c.call("route", x)
        c.call("route", x, check_value=False, pick=0, check="probabilities")
    secret.append(("02-weights-renormalised", "the k weights are a softmax over the k chosen logits: they sum to 1", c.calls))

    c = Calls(ref)
    d, h, e = 3, 4, 5
    state = make_state(gen, d, h, e)
    # Experts 1 and 3 have a zero gate row, the others a negative one: on positive inputs both tie
    # at logit 0 above the rest; a zero input ties all five.
    state["gate.weight"] = torch.tensor([[-1.0] * d, [0.0] * d, [-2.0] * d, [0.0] * d, [-0.5] * d])
    x = torch.cat([rand(4, d, seed_gen=gen).abs() + 0.1, torch.zeros(1, d)])
    for k in (1, 2, 3):
        layer(c, gen, d, h, e, k, state)
        c.call("route", x)
        c.call("forward", x)
    zero_gate = make_state(gen, d, h, e)
    zero_gate["gate.weight"] = torch.zeros(e, d)
    layer(c, gen, d, h, e, 2, zero_gate)
    c.call("route", rand(3, d, seed_gen=gen))
    secret.append(("03-ties-to-lower-index", "equal logits: the lower expert index wins, in every slot", c.calls))

    c = Calls(ref)
    layer(c, gen, 4, 8, 4, 2)
    c.call("forward", rand(2, 3, 4, seed_gen=gen))
    c.call("forward", rand(5, 4, seed_gen=gen))
    layer(c, gen, 6, 5, 8, 3)
    c.call("forward", rand(9, 6, seed_gen=gen))
    secret.append(("04-combined-output", "the output is the weighted sum of the k chosen experts' outputs", c.calls))

    c = Calls(ref)
    layer(c, gen, 4, 6, 4, 1)
    x = rand(6, 4, seed_gen=gen)
    c.call("route", x)
    c.call("forward", x)
    secret.append(("05-top-1-switch", "k = 1 (Switch routing): weight 1, one expert per token", c.calls))

    c = Calls(ref)
    for e, k, n in ((4, 2, 10), (6, 3, 8), (5, 2, 1)):
        layer(c, gen, 4, 3, e, k)
        c.call("forward", rand(n, 4, seed_gen=gen), pick=1)
    secret.append(("06-aux-loss", "load-balancing loss E * sum f_i P_i with f over the N*k assignments, k = 2 and 3", c.calls))

    c = Calls(ref)
    layer(c, gen, 4, 5, 3, 3)
    x = rand(4, 4, seed_gen=gen)
    c.call("route", x)
    c.call("forward", x)
    secret.append(("07-k-equals-num-experts", "k = E: every expert, weights a full softmax in descending order, aux loss 1", c.calls))

    c = Calls(ref)
    module = layer(c, gen, 3, 4, 4, 2)
    x = rand(5, 3, seed_gen=gen)
    assert margin(module, x) > 1e-2, "gradient test input too close to a routing tie"
    w = rand(5, 3, seed_gen=gen)
    tol = {"rel": 1e-4, "abs": 1e-6}
    for wrt in (0, "gate.weight", "experts.1.fc1.weight", "experts.3.fc2.bias"):
        c.raw({"gradcheck": "forward", "args": [tensor(x)], "wrt": wrt, "pick": 0, "weights": tensor(w),
               "tolerance": tol})
    c.raw({"gradcheck": "forward", "args": [tensor(x)], "wrt": "gate.weight", "pick": 1,
           "weights": tensor(torch.tensor(1.0)), "tolerance": tol})
    secret.append(("08-gradients", "gradients of the output and of the aux loss match finite differences", c.calls))

    c = Calls(ref)
    layer(c, gen, 4, 5, 8, 1)
    c.call("forward", rand(1, 4, seed_gen=gen))
    c.call("route", rand(3, 5, 4, seed_gen=gen))
    c.call("forward", rand(3, 5, 4, seed_gen=gen))
    c.call("forward", rand(2, 4, seed_gen=gen))
    secret.append(("09-shapes-and-idle-experts", "one token, a (3, 5, d) batch, and experts that receive no token", c.calls))

    c = Calls(ref)
    layer(c, gen, 4, 5, 4, 2)
    x = rand(2, 3, 4, seed_gen=gen)
    c.call("route", x, unchanged=True)
    c.call("forward", x, unchanged=True)
    secret.append(("10-inputs-unchanged", "routing and forward leave the input as it was", c.calls))

    c = Calls(ref)
    for args in ((4, 5, 3, 0), (4, 5, 3, 4), (4, 5, 3, -1)):
        c.calls.append({"new": "MoELayer", "args": list(args), "raises": "ValueError"})
        c.results.append(None)
    secret.append(("11-bad-k", "k outside 1..num_experts raises ValueError", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
