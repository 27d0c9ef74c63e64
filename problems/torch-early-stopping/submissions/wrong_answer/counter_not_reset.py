# Known wrong: the bad-epoch counter is not reset on an improvement, so patience runs out too early.
import copy
import math

import torch
from torch import nn


class EarlyStopping:
    """Stop training when a validation metric has not improved for `patience` epochs, and keep
    a copy of the best weights to restore afterwards."""

    def __init__(self, patience: int, min_delta: float = 0.0, mode: str = "min"):
        if patience < 1:
            raise ValueError(f"patience must be >= 1, got {patience}")
        if min_delta < 0:
            raise ValueError(f"min_delta must be >= 0, got {min_delta}")
        if mode not in ("min", "max"):
            raise ValueError(f"mode must be 'min' or 'max', got {mode!r}")
        self.patience = patience
        self.min_delta = min_delta
        self.mode = mode
        self.best_score = None
        self.best_epoch = -1
        self.bad_epochs = 0
        self.epoch = -1
        self.stopped = False
        self.best_state = None

    def _improved(self, metric: float) -> bool:
        if math.isnan(metric):
            return False
        if self.best_score is None:
            return True
        if self.mode == "min":
            return metric < self.best_score - self.min_delta
        return metric > self.best_score + self.min_delta

    def step(self, metric: float, model: nn.Module = None) -> bool:
        """Record one epoch's metric; return True when training should stop."""
        metric = float(metric)
        self.epoch += 1
        if self._improved(metric):
            self.best_score = metric
            self.best_epoch = self.epoch
            if model is not None:
                # state_dict() returns the live tensors: copy them, or the optimizer's in-place
                # updates would overwrite the "best" weights.
                self.best_state = copy.deepcopy(model.state_dict())
        else:
            self.bad_epochs += 1
        self.stopped = self.bad_epochs >= self.patience
        return self.stopped

    def restore(self, model: nn.Module) -> None:
        """Load the best weights (parameters and buffers) back into `model`."""
        if self.best_state is None:
            raise RuntimeError("no best state to restore: step() was never given a model with an improving metric")
        model.load_state_dict(self.best_state)

    def summary(self) -> dict:
        return {"best_score": self.best_score, "best_epoch": self.best_epoch,
                "bad_epochs": self.bad_epochs, "stopped": self.stopped}


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
