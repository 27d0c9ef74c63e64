# Known wrong: replaces a rejected draft and keeps verifying the later drafts, which were conditioned on the rejected token.
import torch


def residual_distribution(target: torch.Tensor, draft: torch.Tensor) -> torch.Tensor:
    """norm(max(0, target - draft)) over the last axis; where target == draft everywhere in a row
    (nothing left over), that row is the target itself."""
    if target.shape != draft.shape:
        raise ValueError(f"target {tuple(target.shape)} and draft {tuple(draft.shape)} differ in shape")
    leftover = torch.clamp(target - draft, min=0.0)
    total = leftover.sum(dim=-1, keepdim=True)
    return torch.where(total > 0, leftover / torch.where(total > 0, total, torch.ones_like(total)), target)


def sample_from(probs: torch.Tensor, u: float) -> int:
    """Inverse-CDF sampling from a (V,) distribution: the smallest i with u < p_0 + ... + p_i
    (the last token with non-zero probability if rounding leaves u above the total)."""
    cdf = torch.cumsum(probs, dim=0)
    index = int(torch.searchsorted(cdf, torch.tensor([float(u)], dtype=cdf.dtype), right=True)[0])
    nonzero = torch.nonzero(probs > 0).flatten()
    return min(index, int(nonzero[-1]))


def speculative_step(draft_tokens: torch.Tensor, draft_probs: torch.Tensor, target_probs: torch.Tensor,
                     accept_u: torch.Tensor, sample_u: float) -> list:
    """Verify K drafted tokens against the target model's distributions.

    draft_tokens (K,) int64; draft_probs (K, V): the draft model's distribution at each drafted
    position; target_probs (K + 1, V): the target model's, one more row for the position after the
    last draft; accept_u (K,) uniforms for the accept tests; sample_u one uniform for the final
    draw. Returns [tokens (n + 1,) int64, n]: the n accepted drafts, then one token sampled from
    the residual (at the first rejection) or from target_probs[K] (if all K were accepted).
    """
    k = draft_tokens.shape[0]
    if draft_probs.dim() != 2 or draft_probs.shape[0] != k:
        raise ValueError(f"draft_probs must be ({k}, V), got {tuple(draft_probs.shape)}")
    if target_probs.shape != (k + 1, draft_probs.shape[1]):
        raise ValueError(f"target_probs must be ({k + 1}, {draft_probs.shape[1]}), got {tuple(target_probs.shape)}")
    if accept_u.shape != (k,):
        raise ValueError(f"accept_u must have {k} values, got shape {tuple(accept_u.shape)}")
    out = []
    for i in range(k):
        x = int(draft_tokens[i])
        p, q = float(target_probs[i, x]), float(draft_probs[i, x])
        # Accept with probability min(1, p / q); q > 0 since the draft model sampled x.
        if float(accept_u[i]) * q < p:
            out.append(x)
            continue
        out.append(sample_from(residual_distribution(target_probs[i], draft_probs[i]), sample_u))
    out.append(sample_from(target_probs[k], sample_u))
    return [torch.tensor(out, dtype=torch.int64), k]


# ---- Given: do not change. ----

def emitted_distribution(draft_row: torch.Tensor, target_row: torch.Tensor, grid: int) -> torch.Tensor:
    """The distribution of the first emitted token for one drafted position, by running your
    speculative_step over every draft token x (weighted by draft_row[x]) and a grid x grid lattice
    of uniforms. For a correct rule it approaches target_row as the grid gets finer."""
    v = draft_row.shape[0]
    counts = torch.zeros(v, dtype=torch.float64)
    us = [(i + 0.5) / grid for i in range(grid)]
    bonus = torch.full((1, v), 1.0 / v)
    target = torch.cat([target_row.reshape(1, v), bonus])
    draft = draft_row.reshape(1, v)
    for x in range(v):
        weight = float(draft_row[x])
        if weight == 0:
            continue
        tokens = torch.tensor([x])
        for ua in us:
            accept_u = torch.tensor([ua])
            for us_ in us:
                first = int(speculative_step(tokens, draft, target, accept_u, us_)[0][0])
                counts[first] += weight
    return (counts / counts.sum()).to(torch.float32)
