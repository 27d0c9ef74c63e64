#!/usr/bin/env python3
"""Generate the tests of torch-rotary-embedding from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
The reference is cross-checked against an independent complex-number formulation first.
"""
import torch

from apitest import Calls, load_module, rand, tensor, write_group

ref = load_module("submissions/accepted/rope.py")
PROPERTY = {"rel": 1e-4, "abs": 1e-4}
GRAD = {"rel": 1e-5, "abs": 1e-6}


def complex_rope(x: torch.Tensor, offset: int, base: float) -> torch.Tensor:
    """RoPE written differently: pair (i, i + D/2) as the complex number x_i + j x_{i+D/2},
    multiplied by exp(j * position * base^(-2i/D)), in float64."""
    d = x.shape[-1]
    half = d // 2
    x = x.double()
    z = torch.complex(x[..., :half], x[..., half:])
    freqs = base ** (-torch.arange(half, dtype=torch.float64) * 2 / d)
    pos = torch.arange(offset, offset + x.shape[-2], dtype=torch.float64)
    z = z * torch.polar(torch.ones(len(pos), half, dtype=torch.float64), torch.outer(pos, freqs))
    return torch.cat((z.real, z.imag), dim=-1)


def cross_check(gen: torch.Generator) -> None:
    for d, base, offset in ((4, 10000.0, 0), (8, 10000.0, 37), (6, 100.0, 5), (12, 500.0, 120)):
        q, k = rand(2, 3, 5, d, seed_gen=gen), rand(2, 1, 5, d, seed_gen=gen)
        q_rot, k_rot = ref.RotaryEmbedding(d, base)(q, k, offset)
        for got, x in ((q_rot, q), (k_rot, k)):
            err = (got.double() - complex_rope(x, offset, base)).abs().max().item()
            assert err < 1e-5, f"reference disagrees with the complex formulation by {err}"


def rope(c: Calls, d: int, base: float | None = None):
    if base is None:
        c.new("RotaryEmbedding", d)
    else:
        c.new("RotaryEmbedding", d, base)


def main() -> None:
    gen = torch.Generator().manual_seed(2718)
    cross_check(torch.Generator().manual_seed(1))

    sample = []
    c = Calls(ref)
    rope(c, 4)
    q = torch.tensor([[[[1.0, 0.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 1.0]]]])
    k = torch.tensor([[[[0.0, 0.0, 1.0, 0.0], [1.0, 2.0, 3.0, 4.0], [0.5, -0.5, 0.5, -0.5]]]])
    c.call("forward", q, k, 0)
    c.call("forward", q, k, 2)
    c.new("RotaryScores", 4)
    first = c.last + 1
    c.call("forward", q, k, 0)
    c.call("forward", q, k, 5, check_value=False, same_as=first, tolerance=PROPERTY)
    sample.append(("1-worked-example", "head_dim 4, three tokens at offsets 0 and 2; scores do not move when every position shifts by 5", c.calls))
    write_group("sample", sample)

    secret = []
    c = Calls(ref)
    # get_buffer raises AttributeError unless inv_freq is a registered buffer; other buffers (cached
    # cos/sin tables) are allowed, so the test does not compare the whole named_buffers().
    rope(c, 8)
    c.inspect("parameters")
    c.call("get_buffer", "inv_freq")
    rope(c, 6, 500.0)
    c.inspect("parameters")
    c.call("get_buffer", "inv_freq")
    secret.append(("01-frequencies-are-a-buffer", "inv_freq is a (head_dim / 2,) buffer of base^(-2i/D); the module has no parameters", c.calls))

    c = Calls(ref)
    for d, base in ((8, None), (6, 100.0), (12, None), (16, 500.0)):
        rope(c, d, base)
        c.call("forward", rand(1, 2, 6, d, seed_gen=gen), rand(1, 2, 6, d, seed_gen=gen), 0)
    secret.append(("02-frequency-base-and-exponent", "angles position * base^(-2i/D) for several head_dims and bases", c.calls))

    c = Calls(ref)
    rope(c, 8)
    q, k = rand(2, 2, 3, 8, seed_gen=gen), rand(2, 2, 3, 8, seed_gen=gen)
    for offset in (1, 5, 40):
        c.call("forward", q, k, offset)
    secret.append(("03-offset-shifts-positions", "with offset p the tokens sit at positions p, p+1, ...", c.calls))

    c = Calls(ref)
    rope(c, 8)
    q, k = rand(1, 2, 7, 8, seed_gen=gen), rand(1, 2, 7, 8, seed_gen=gen)
    c.call("forward", q, k, 0)
    c.call("forward", q[:, :, :4], k[:, :, :4], 0)
    c.call("forward", q[:, :, 4:], k[:, :, 4:], 4)
    for t in (4, 5, 6):
        c.call("forward", q[:, :, t : t + 1], k[:, :, t : t + 1], t)
    secret.append(("04-decoding-matches-full-sequence", "a prompt, then chunks and single tokens at their offsets, as with a KV cache", c.calls))

    c = Calls(ref)
    for d, base, offsets in ((8, None, (0, 3, 9, 57)), (6, 100.0, (0, 11)), (16, None, (0, 2, 130))):
        c.new("RotaryScores", d) if base is None else c.new("RotaryScores", d, base)
        q, k = rand(2, 2, 5, d, seed_gen=gen), rand(2, 2, 5, d, seed_gen=gen)
        first = c.last + 1
        c.call("forward", q, k, offsets[0], check_value=False)
        for offset in offsets[1:]:
            c.call("forward", q, k, offset, check_value=False, same_as=first, tolerance=PROPERTY)
    # Property only, no expected values here: any per-pair rotation passes (whatever its layout or
    # sign); anything that is not one fails. The values are pinned by the other tests.
    # Every token the same vector: q_m . k_n then depends on m - n alone, so scores at offset 1
    # (positions 1..T) equal scores at offset 0 (positions 0..T-1).
    c.new("RotaryScores", 8)
    one_q, one_k = rand(1, 1, 1, 8, seed_gen=gen), rand(1, 1, 1, 8, seed_gen=gen)
    q, k = one_q.expand(1, 1, 6, 8).contiguous(), one_k.expand(1, 1, 6, 8).contiguous()
    first = c.last + 1
    c.call("forward", q, k, 0, check_value=False)
    c.call("forward", q, k, 1, check_value=False, same_as=first, tolerance=PROPERTY)
    secret.append(("05-scores-depend-on-relative-position", "q_m . k_n is unchanged when every position shifts by the same amount", c.calls))

    c = Calls(ref)
    rope(c, 8)
    c.call("forward", rand(2, 4, 5, 8, seed_gen=gen), rand(2, 2, 5, 8, seed_gen=gen), 3)
    c.call("forward", rand(1, 6, 2, 8, seed_gen=gen), rand(1, 1, 2, 8, seed_gen=gen), 17)
    secret.append(("06-grouped-query-heads", "k may have fewer heads than q (grouped-query attention)", c.calls))

    c = Calls(ref)
    rope(c, 4)
    c.call("forward", rand(1, 1, 1, 4, seed_gen=gen), rand(1, 1, 1, 4, seed_gen=gen), 0)
    rope(c, 10)
    c.call("forward", rand(1, 3, 7, 10, seed_gen=gen), rand(1, 3, 7, 10, seed_gen=gen), 11)
    rope(c, 2)
    c.call("forward", rand(3, 1, 5, 2, seed_gen=gen), rand(3, 1, 5, 2, seed_gen=gen), 2)
    secret.append(("07-small-and-odd-shapes", "one token at position 0 (unchanged), odd lengths, head_dim 2", c.calls))

    c = Calls(ref)
    rope(c, 6)
    q, k = rand(2, 2, 4, 6, seed_gen=gen), rand(2, 1, 4, 6, seed_gen=gen)
    wq, wk = rand(2, 2, 4, 6, seed_gen=gen), rand(2, 1, 4, 6, seed_gen=gen)
    c.raw({"gradcheck": "forward", "args": [tensor(q), tensor(k), 7], "wrt": 0, "pick": 0, "weights": tensor(wq), "tolerance": GRAD})
    c.raw({"gradcheck": "forward", "args": [tensor(q), tensor(k), 7], "wrt": 1, "pick": 1, "weights": tensor(wk), "tolerance": GRAD})
    secret.append(("08-gradients", "autograd gradients with respect to q and k match finite differences", c.calls))

    c = Calls(ref)
    rope(c, 8)
    q, k = rand(2, 2, 5, 8, seed_gen=gen), rand(2, 2, 5, 8, seed_gen=gen)
    c.call("forward", q, k, 0, unchanged=True)
    c.call("forward", q, k, 9, unchanged=True)
    secret.append(("09-inputs-unchanged", "q and k are not rotated in place", c.calls))

    c = Calls(ref)
    for args in ((7,), (0,), (8, 1.0)):
        c.calls.append({"new": "RotaryEmbedding", "args": list(args), "raises": "ValueError"})
        c.results.append(None)
    rope(c, 8)
    q, k = rand(1, 1, 3, 8, seed_gen=gen), rand(1, 1, 3, 8, seed_gen=gen)
    c.raises("forward", rand(1, 1, 3, 6, seed_gen=gen), k, 0)
    c.raises("forward", q, k, -1)
    c.raises("forward", q, rand(1, 1, 2, 8, seed_gen=gen), 0)
    c.raises("forward", rand(3, 8, seed_gen=gen), rand(3, 8, seed_gen=gen), 0)
    secret.append(("10-bad-arguments", "odd or zero head_dim, base <= 1, wrong last dim, negative offset, mismatched or 2-D inputs", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
