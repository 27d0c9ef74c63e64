"""Metrics of predicted probabilities."""

import math

from evalkit._checks import binary, same_length


def log_loss(y_true, p, eps=1e-15):
    """Mean negative log-likelihood of binary labels under probabilities p (clipped)."""
    same_length(y_true, p)
    binary(y_true)
    total = 0.0
    for y, q in zip(y_true, p):
        q = max(q, eps)
        total -= math.log(q) if y == 1 else math.log(1 - q)
    return total / len(y_true)


def brier(y_true, p):
    same_length(y_true, p)
    return sum((q - y) ** 2 for y, q in zip(y_true, p)) / len(y_true)
