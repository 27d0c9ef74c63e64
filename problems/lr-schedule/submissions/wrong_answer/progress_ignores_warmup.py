import math


def lr_at(step: int, max_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> float:
    if step < 0 or warmup_steps < 0 or total_steps < warmup_steps:
        raise ValueError("bad schedule")
    if min_lr < 0 or min_lr > max_lr:
        raise ValueError("bad learning rates")
    if step < warmup_steps:
        return max_lr * step / warmup_steps
    if step >= total_steps:
        return min_lr
    # Mistake: the cosine phase is measured from step 0, not from the end of warmup,
    # so the decay starts part-way down and the curve jumps at the end of warmup.
    progress = step / total_steps
    return min_lr + 0.5 * (max_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
