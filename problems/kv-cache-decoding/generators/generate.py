#!/usr/bin/env python3
"""Write data/sample and data/secret of kv-cache-decoding from the reference solution.

Every step output is also checked here against a full recomputation, so the expected values of the
incremental path are, by construction, the rows of the full causal attention.
Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import numpy as np

from testkit import Test, load_reference, rounded, write_tests

ref = load_reference("submissions/accepted/kv_cache.py")
CLS = "KVCacheAttention"


def params(rng, d: int):
    return [rounded(rng, (d, d), 1.0 / np.sqrt(d)) for _ in range(4)]


def full(w, h, x):
    """Independent full recomputation: causal multi-head attention written head by head."""
    d = x.shape[-1]
    dh = d // h
    n = x.shape[1]
    outs = []
    for i in range(h):
        cols = slice(i * dh, (i + 1) * dh)
        q, k, v = x @ w[0][:, cols], x @ w[1][:, cols], x @ w[2][:, cols]
        s = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
        s = np.where(np.tril(np.ones((n, n), dtype=bool)), s, -np.inf)
        p = np.exp(s - s.max(-1, keepdims=True))
        outs.append(p / p.sum(-1, keepdims=True) @ v)
    return np.concatenate(outs, -1) @ w[3]


def steps(t: Test, x, w, h, start: int) -> None:
    """Feed tokens start..n-1 one by one; check each against the full recomputation."""
    expected = full(w, h, x)
    for i in range(start, x.shape[1]):
        index = t.call("step", x[:, i])
        assert np.allclose(t.value(index), expected[:, i]), "step differs from full recomputation"


def samples() -> dict:
    t = Test(ref, "full pass, then the same sequence as a 2-token prefill and one step")
    w = [np.eye(2)] * 4
    x = np.array([[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]])
    t.new(CLS, *w, 1, 4)
    t.call("forward", x)
    t.call("prefill", x[:, :2])
    t.call("cache_length")
    t.call("step", x[:, 2])
    t.call("cache_length")
    return {"1-prefill-and-step": t}


def secrets() -> dict:
    rng = np.random.default_rng(2024)
    tests = {}

    t = Test(ref, "decoding every token from an empty cache reproduces the full pass")
    x, w = rounded(rng, (2, 6, 8)), params(rng, 8)
    t.new(CLS, *w, 2, 8)
    t.call("forward", x)
    steps(t, x, w, 2, 0)
    t.call("cache_length")
    tests["01-steps-from-empty"] = t

    t = Test(ref, "prefill a prompt, then decode the rest one token at a time")
    x, w = rounded(rng, (2, 7, 8)), params(rng, 8)
    t.new(CLS, *w, 4, 16)
    first = t.call("forward", x)
    t.call("prefill", x[:, :3], same_as=first, slice=[None, [0, 3]])
    t.call("prefill", x[:, :3])
    steps(t, x, w, 4, 3)
    t.call("cache_length")
    tests["02-prefill-then-steps"] = t

    t = Test(ref, "cached keys and values: shape (batch, heads, length, d_head)")
    x, w = rounded(rng, (2, 4, 6)), params(rng, 6)
    t.new(CLS, *w, 3, 6)
    t.call("prefill", x[:, :3])
    t.call("cached_keys")
    t.call("cached_values")
    t.call("step", x[:, 3])
    t.call("cached_keys")
    t.call("cached_values")
    tests["03-cache-contents"] = t

    t = Test(ref, "a second prefill starts a new sequence: the old cache is discarded")
    w = params(rng, 8)
    a, b = rounded(rng, (1, 5, 8)), rounded(rng, (1, 4, 8))
    t.new(CLS, *w, 2, 10)
    t.call("prefill", a[:, :3])
    t.call("step", a[:, 3])
    t.call("prefill", b[:, :2])
    t.call("cache_length")
    steps(t, b, w, 2, 2)
    t.call("cached_keys")
    tests["04-prefill-clears"] = t

    t = Test(ref, "reset empties the cache; decoding restarts from scratch")
    x, w = rounded(rng, (2, 4, 8)), params(rng, 8)
    t.new(CLS, *w, 2, 8)
    t.call("prefill", rounded(rng, (2, 3, 8)))
    t.call("reset")
    t.call("cache_length")
    steps(t, x, w, 2, 0)
    tests["05-reset"] = t

    t = Test(ref, "forward neither reads nor changes the cache")
    x, w = rounded(rng, (2, 5, 8)), params(rng, 8)
    t.new(CLS, *w, 2, 8)
    t.call("prefill", x[:, :2])
    t.call("forward", rounded(rng, (3, 6, 8)))
    t.call("cache_length")
    steps(t, x, w, 2, 2)
    tests["06-forward-is-stateless"] = t

    t = Test(ref, "the cache holds at most max_len tokens")
    x, w = rounded(rng, (1, 4, 4)), params(rng, 4)
    t.new(CLS, *w, 1, 4)
    t.raises("prefill", rounded(rng, (1, 5, 4)))
    t.call("prefill", x[:, :3])
    steps(t, x, w, 1, 3)
    t.raises("step", rounded(rng, (1, 4)))
    t.call("cache_length")
    t.call("prefill", x)
    t.raises("step", rounded(rng, (1, 4)))
    tests["07-max-len"] = t

    t = Test(ref, "inputs of the wrong shape raise ValueError")
    w = params(rng, 8)
    t.new(CLS, *w, 2, 8)
    t.call("prefill", rounded(rng, (2, 3, 8)))
    t.raises("step", rounded(rng, (3, 8)))
    t.raises("step", rounded(rng, (2, 6)))
    t.raises("prefill", rounded(rng, (2, 8)))
    t.raises("forward", rounded(rng, (2, 3, 5)))
    t.call("cache_length")
    tests["08-shape-errors"] = t

    t = Test(ref, "bad constructor arguments raise ValueError")
    w = params(rng, 6)
    t.new_raises(CLS, *w, 4, 8)
    t.new_raises(CLS, *w, 2, 0)
    t.new_raises(CLS, w[0], w[1], rounded(rng, (6, 4)), w[3], 2, 8)
    tests["09-constructor-errors"] = t

    t = Test(ref, "one head and eight heads")
    x = rounded(rng, (1, 5, 8))
    for h in (1, 8):
        w = params(rng, 8)
        t.new(CLS, *w, h, 5, name=f"h{h}")
        t.call("prefill", x[:, :1], on=f"h{h}")
        expected = full(w, h, x)
        for i in range(1, 5):
            index = t.call("step", x[:, i], on=f"h{h}")
            assert np.allclose(t.value(index), expected[:, i])
    tests["10-head-counts"] = t

    t = Test(ref, "a longer generation: batch 3, 20 tokens, d_model 16, 4 heads")
    x, w = rounded(rng, (3, 20, 16)), params(rng, 16)
    t.new(CLS, *w, 4, 32)
    t.call("prefill", x[:, :5])
    steps(t, x, w, 4, 5)
    t.call("cache_length")
    tests["11-longer"] = t

    t = Test(ref, "a call that raises leaves the cache as it was; decoding then continues")
    x, w = rounded(rng, (2, 6, 8)), params(rng, 8)
    t.new(CLS, *w, 2, 5)
    t.call("prefill", x[:, :3])
    t.raises("step", x[:1, 3])                  # batch 1 against a cache of 2 sequences
    t.raises("prefill", rounded(rng, (2, 6, 8)))  # longer than max_len
    t.raises("prefill", rounded(rng, (2, 3, 6)))  # wrong d_model
    t.call("cache_length")
    t.call("cached_keys")
    t.call("cached_values")
    steps(t, x[:, :5], w, 2, 3)
    t.call("cache_length")
    tests["12-failed-calls-keep-cache"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
