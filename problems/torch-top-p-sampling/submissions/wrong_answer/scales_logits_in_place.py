# Known wrong: divides the caller's logits by the temperature in place.
import torch


def filter_distribution(logits: torch.Tensor, temperature: float, top_p: float) -> torch.Tensor:
    """The next-token distribution after temperature scaling and nucleus filtering.

    logits: (..., V) float. Returns probabilities of the same shape: zero outside the nucleus,
    renormalized to sum to 1 over the last axis.
    """
    if temperature < 0:
        raise ValueError(f"temperature must be >= 0, got {temperature}")
    if not 0.0 < top_p <= 1.0:
        raise ValueError(f"top_p must be in (0, 1], got {top_p}")
    if temperature == 0:
        # Greedy: all the mass on the first maximal logit.
        return torch.nn.functional.one_hot(logits.argmax(dim=-1), logits.shape[-1]).to(logits.dtype)
    probs = torch.softmax(logits.div_(temperature), dim=-1)
    if top_p >= 1.0:
        return probs
    sorted_probs, order = torch.sort(probs, dim=-1, descending=True, stable=True)
    # Mass of the tokens strictly before each one: a token is kept while that mass is < top_p,
    # so the token that crosses the threshold stays in, and the first token always does.
    mass_before = torch.cumsum(sorted_probs, dim=-1) - sorted_probs
    keep_sorted = mass_before < top_p
    keep = torch.zeros_like(keep_sorted).scatter(-1, order, keep_sorted)
    filtered = probs * keep
    return filtered / filtered.sum(dim=-1, keepdim=True)


def sample(logits: torch.Tensor, temperature: float, top_p: float, num_samples: int, seed: int) -> torch.Tensor:
    """Draw `num_samples` token ids (with replacement) per row from the filtered distribution,
    with a generator seeded with `seed`: (..., num_samples) int64."""
    probs = filter_distribution(logits, temperature, top_p)
    generator = torch.Generator().manual_seed(seed)
    return torch.multinomial(probs, num_samples, replacement=True, generator=generator)
