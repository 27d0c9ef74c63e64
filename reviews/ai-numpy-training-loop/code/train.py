"""Minimal, dependency-free logistic regression trainer with early stopping.

This module provides a clean, production-ready implementation of mini-batch
gradient descent for binary classification using only NumPy.
"""
from __future__ import annotations

import numpy as np


class Standardizer:
    """Standardizes features to zero mean and unit variance."""

    def fit(self, X: np.ndarray) -> "Standardizer":
        self.mean_ = X.mean(axis=0)
        self.std_ = X.std(axis=0)
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        return (X - self.mean_) / self.std_


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Numerically stable sigmoid."""
    return 1.0 / (1.0 + np.exp(-z))


def bce_loss(y_true: np.ndarray, y_prob: np.ndarray, eps: float = 1e-12) -> float:
    """Mean binary cross-entropy over the batch."""
    y_prob = np.clip(y_prob, eps, 1 - eps)
    return float(-np.sum(y_true * np.log(y_prob) + (1 - y_true) * np.log(1 - y_prob)))


def train(
    X: np.ndarray,
    y: np.ndarray,
    lr: float = 0.1,
    epochs: int = 100,
    batch_size: int = 64,
    val_fraction: float = 0.2,
    patience: int = 5,
    seed: int = 0,
) -> tuple[np.ndarray, float, float]:
    """Trains logistic regression and returns (weights, bias, best validation loss).

    The data is standardized, split into train and validation sets, and
    optimized with mini-batch gradient descent until validation loss stops
    improving for `patience` epochs.
    """
    rng = np.random.default_rng(seed)

    # Standardize features for faster, more stable convergence.
    scaler = Standardizer().fit(X)
    X = scaler.transform(X)

    # Shuffle, then hold out a validation split.
    order = rng.permutation(len(X))
    X, y = X[order], y[order]
    n_val = int(len(X) * val_fraction)
    X_val, y_val = X[:n_val], y[:n_val]
    X_train, y_train = X, y

    w = np.zeros(X.shape[1])
    b = 0.0
    best = (w.copy(), b, np.inf)
    bad_epochs = 0

    for epoch in range(epochs):
        for start in range(0, len(X_train), batch_size):
            xb = X_train[start:start + batch_size]
            yb = y_train[start:start + batch_size]
            p = sigmoid(xb @ w + b)
            grad_w = xb.T @ (p - yb) / len(xb)
            grad_b = float(np.mean(p - yb))
            w -= lr * grad_w
            b -= lr * grad_b

        val_loss = bce_loss(y_val, sigmoid(X_val @ w + b))
        if val_loss < best[2]:
            best = (w, b, val_loss)
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                break

    return best
