import math


def lr_at(step: int, max_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> float:
    """Return the learning rate at `step` for linear warmup followed by cosine decay to `min_lr`."""
    if step < 0 or warmup_steps < 0 or total_steps < warmup_steps:
        raise ValueError(
            f"need step >= 0 and 0 <= warmup_steps <= total_steps, got step={step}, "
            f"warmup_steps={warmup_steps}, total_steps={total_steps}"
        )
    if min_lr < 0 or min_lr > max_lr:
        raise ValueError(f"need 0 <= min_lr <= max_lr, got min_lr={min_lr}, max_lr={max_lr}")
    if step < warmup_steps:
        return max_lr * step / warmup_steps
    if step >= total_steps:
        return min_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (max_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
