import torch


def filter_distribution(logits: torch.Tensor, temperature: float, top_p: float) -> torch.Tensor:
    """The next-token distribution after temperature scaling and nucleus filtering.

    logits: (..., V) float. Returns probabilities of the same shape: zero outside the nucleus,
    renormalized to sum to 1 over the last axis.
    """
    raise NotImplementedError


def sample(logits: torch.Tensor, temperature: float, top_p: float, num_samples: int, seed: int) -> torch.Tensor:
    """Draw `num_samples` token ids (with replacement) per row from the filtered distribution,
    with a generator seeded with `seed`: (..., num_samples) int64."""
    raise NotImplementedError
