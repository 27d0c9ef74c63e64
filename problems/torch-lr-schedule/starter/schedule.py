import math

import torch


def lr_multiplier(step: int, warmup_steps: int, total_steps: int, min_ratio: float = 0.0) -> float:
    """The factor applied to each parameter group's base learning rate at optimizer step `step`.

    Linear warmup from 0 over `warmup_steps` steps, then a half cosine down to `min_ratio` at
    `total_steps`, then `min_ratio`. Raises ValueError on invalid arguments.
    """
    raise NotImplementedError


def warmup_cosine_scheduler(optimizer: torch.optim.Optimizer, warmup_steps: int, total_steps: int,
                            min_ratio: float = 0.0) -> torch.optim.lr_scheduler.LambdaLR:
    """A LambdaLR on `optimizer` that scales every group's base rate by lr_multiplier."""
    raise NotImplementedError


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
