#!/usr/bin/env python3
"""Generate the tests of torch-kv-cache-generate from the reference solution; also checks that
its cached logits equal the full forward and its greedy output equals greedy without a cache.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/kv_cache.py")
VOCAB, D, H, L, MAX_LEN = 7, 8, 2, 2, 12


def make_state(gen) -> dict:
    shapes = {n: p.shape for n, p in ref.TinyDecoder(VOCAB, D, H, L, MAX_LEN).state_dict().items()}
    state = {}
    for name, shape in shapes.items():
        if ".ln" in name or name.startswith("ln_f"):
            base = 1.0 if name.endswith("weight") else 0.0
            state[name] = base + rand(*shape, seed_gen=gen, scale=0.1, decimals=3)
        else:
            state[name] = rand(*shape, seed_gen=gen, scale=0.5, decimals=3)
    return state


def model(c: Calls, gen) -> dict:
    state = make_state(gen)
    c.new("TinyDecoder", VOCAB, D, H, L, MAX_LEN)
    c.call("load_state_dict", state)
    return state


def ids(gen, b, t):
    return torch.randint(0, VOCAB, (b, t), generator=gen)


def greedy_without_cache(m, prompt, n):
    out = prompt
    with torch.no_grad():
        for _ in range(n):
            out = torch.cat([out, m(out)[0][:, -1].argmax(-1, keepdim=True)], dim=1)
    return out


def main() -> None:
    gen = torch.Generator().manual_seed(8128)
    sample = []
    c = Calls(ref)
    model(c, gen)
    x = ids(gen, 1, 4)
    c.call("forward", x, pick=0)
    c.call("logits_with_cache", x, 1)
    c.call("cache_shapes", x, 2)
    c.call("generate", x, 3)
    sample.append(("1-small-prompt", "one prompt of 4 tokens: logits with and without the cache, cache shapes, 3 greedy tokens", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    model(c, gen)
    x = ids(gen, 2, 6)
    c.call("forward", x)
    secret.append(("01-full-forward-and-cache", "forward without a cache: logits and the per-layer keys and values", c.calls))

    c = Calls(ref)
    model(c, gen)
    x = ids(gen, 2, 7)
    c.call("forward", x, pick=0)
    first = c.last
    for t in (3, 5):
        changed = x.clone()
        changed[:, t:] = (changed[:, t:] + 1) % VOCAB
        c.raw({"call": "forward", "args": [tensor(changed)], "pick": 0, "same_as": first, "slice": [None, [0, t]]})
    secret.append(("02-causal", "changing tokens from position t on leaves the logits before t alone", c.calls))

    c = Calls(ref)
    m = model(c, gen) and c.instance
    x = ids(gen, 2, 8)
    full = m(x)[0]
    for prefill in (1, 3, 8):
        got = c.call("logits_with_cache", x, prefill)
        assert torch.allclose(got, full, atol=1e-5), prefill
    c.raw({"call": "logits_with_cache", "args": [tensor(x), 5], "same_as": c.last - 2})
    secret.append(("03-cached-logits-equal-full-forward", "prefill then one token at a time gives the full forward's logits", c.calls))

    c = Calls(ref)
    model(c, gen)
    c.call("cache_shapes", ids(gen, 3, 7), 2)
    c.call("cache_shapes", ids(gen, 1, 5), 1)
    secret.append(("04-cache-grows-by-one", "the cache holds (B, H, T_so_far, d_head) and grows by one position per step", c.calls))

    c = Calls(ref)
    m = model(c, gen) and c.instance
    x = ids(gen, 2, 6)
    with torch.no_grad():
        _, cache = m(x[:, :4])
    c.call("forward", x[:, 4:], cache)
    c.call("forward", x[:, 4:5], cache, pick=0)
    secret.append(("05-given-cache", "forward on new tokens with a cache in the specified layout (two new tokens, then one)", c.calls))

    c = Calls(ref)
    m = model(c, gen) and c.instance
    prompt = ids(gen, 2, 3)
    got = c.call("generate", prompt, 6)
    assert torch.equal(got, greedy_without_cache(m, prompt, 6))
    secret.append(("06-greedy-matches-no-cache", "greedy generation with the cache equals greedy without it", c.calls))

    c = Calls(ref)
    m = model(c, gen) and c.instance
    prompt = ids(gen, 1, 1)
    got = c.call("generate", prompt, MAX_LEN - 1)
    assert torch.equal(got, greedy_without_cache(m, prompt, MAX_LEN - 1))
    c.call("logits_with_cache", ids(gen, 1, MAX_LEN), 1)
    secret.append(("07-prompt-of-one-to-max-len", "a one-token prompt generated up to max_len; every position through the cache", c.calls))

    c = Calls(ref)
    model(c, gen)
    prompt = ids(gen, 2, 4)
    c.call("generate", prompt, 0, unchanged=True)
    c.call("generate", prompt, 2, unchanged=True)
    c.call("forward", prompt, pick=0, unchanged=True)
    secret.append(("08-zero-new-tokens-and-unchanged-inputs", "max_new_tokens 0 returns the prompt; the prompt is never modified", c.calls))

    c = Calls(ref)
    model(c, gen)
    c.raises("generate", ids(gen, 1, 10), 3)
    c.raises("generate", ids(gen, 1, 2), -1)
    c.raises("forward", ids(gen, 1, MAX_LEN + 1))
    secret.append(("09-bad-arguments", "running past max_len or a negative count raises ValueError", c.calls))

    c = Calls(ref)
    c.new("TinyDecoder", VOCAB, D, H, L, MAX_LEN)
    c.inspect("parameters")
    secret.append(("10-parameters", "the module's parameters keep the given names and shapes", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
