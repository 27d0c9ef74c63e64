import copy
import math

import torch
from torch import nn


class EarlyStopping:
    """Stop training when a validation metric has not improved for `patience` epochs, and keep
    a copy of the best weights to restore afterwards."""

    def __init__(self, patience: int, min_delta: float = 0.0, mode: str = "min"):
        raise NotImplementedError

    def step(self, metric: float, model: nn.Module = None) -> bool:
        """Record one epoch's metric (and the model's weights if it is the best so far); return
        True when training should stop."""
        raise NotImplementedError

    def restore(self, model: nn.Module) -> None:
        """Load the best weights (parameters and buffers) back into `model`."""
        raise NotImplementedError

    def summary(self) -> dict:
        """{"best_score": float or None, "best_epoch": int, "bad_epochs": int, "stopped": bool}"""
        raise NotImplementedError


def train_until_stopped(metrics: list, patience: int, min_delta: float = 0.0, mode: str = "min") -> dict:
    """Given (do not change): a stand-in training loop. Epoch e sets every parameter and the
    batch-norm running statistics to e (as an optimizer would, in place), then reports metrics[e]."""
    model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
    stopper = EarlyStopping(patience, min_delta, mode)
    epochs_run = 0
    for epoch, metric in enumerate(metrics):
        with torch.no_grad():
            for p in model.parameters():
                p.fill_(float(epoch))
            model[1].running_mean.fill_(float(epoch))
            model[1].running_var.fill_(float(epoch) + 1.0)
        epochs_run += 1
        if stopper.step(metric, model):
            break
    stopper.restore(model)
    return {"epochs_run": epochs_run, "summary": stopper.summary(), "state": model.state_dict()}
