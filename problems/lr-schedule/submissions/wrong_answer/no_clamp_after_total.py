import math


def lr_at(step: int, max_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> float:
    # Mistake: no special case once training runs past total_steps, so the cosine climbs back up.
    if step < 0 or warmup_steps < 0 or total_steps < warmup_steps:
        raise ValueError("bad schedule")
    if min_lr < 0 or min_lr > max_lr:
        raise ValueError("bad learning rates")
    if step < warmup_steps:
        return max_lr * step / warmup_steps
    if total_steps == warmup_steps:
        return min_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (max_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
