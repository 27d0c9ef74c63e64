import torch


def residual_distribution(target: torch.Tensor, draft: torch.Tensor) -> torch.Tensor:
    """norm(max(0, target - draft)) over the last axis; where target == draft everywhere in a row
    (nothing left over), that row is the target itself."""
    raise NotImplementedError


def sample_from(probs: torch.Tensor, u: float) -> int:
    """Inverse-CDF sampling from a (V,) distribution: the smallest i with u < p_0 + ... + p_i
    (the last token with non-zero probability if rounding leaves u above the total)."""
    raise NotImplementedError


def speculative_step(draft_tokens: torch.Tensor, draft_probs: torch.Tensor, target_probs: torch.Tensor,
                     accept_u: torch.Tensor, sample_u: float) -> list:
    """Verify K drafted tokens against the target model's distributions; returns [tokens, n]."""
    raise NotImplementedError


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
