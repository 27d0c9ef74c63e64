"""Batch normalization with training and evaluation modes."""
import numpy as np


class BatchNorm:
    """Batch normalization over the channel axis 1 of inputs of shape (N, C) or (N, C, L)."""

    def __init__(self, num_features: int, momentum: float = 0.1, eps: float = 1e-5) -> None:
        """Start in training mode with gamma = 1, beta = 0, running mean 0 and running variance 1.

        Raises:
            ValueError: num_features < 1 or momentum outside [0, 1].
        """
        raise NotImplementedError

    def set_affine(self, gamma: np.ndarray, beta: np.ndarray) -> None:
        """Replace the learned scale gamma and shift beta, each of shape (C,).

        Raises:
            ValueError: a shape is not (C,).
        """
        raise NotImplementedError

    def train(self) -> None:
        """Switch to training mode."""
        raise NotImplementedError

    def eval(self) -> None:
        """Switch to evaluation mode."""
        raise NotImplementedError

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Normalize x of shape (N, C) or (N, C, L) per channel and return an array of its shape.

        Training mode: normalize with the batch statistics and update the running ones.
        Evaluation mode: normalize with the running statistics; change no state.

        Raises:
            ValueError: x is not (N, C) or (N, C, L) with C = num_features, or, in training mode,
                a channel has only one value (N * L == 1).
        """
        raise NotImplementedError

    def running_mean(self) -> np.ndarray:
        """Return the running per-channel mean, shape (C,)."""
        raise NotImplementedError

    def running_var(self) -> np.ndarray:
        """Return the running per-channel variance, shape (C,)."""
        raise NotImplementedError
