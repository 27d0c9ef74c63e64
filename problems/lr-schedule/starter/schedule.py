def lr_at(step: int, max_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> float:
    """Return the learning rate for optimizer step `step` (0-based).

    Linear warmup from 0 to `max_lr` over the first `warmup_steps` steps, then cosine decay
    from `max_lr` to `min_lr` ending at `total_steps`, then `min_lr` forever.

    Raises ValueError when step < 0, warmup_steps < 0, total_steps < warmup_steps,
    min_lr < 0 or min_lr > max_lr.
    """
    raise NotImplementedError
