"""Batch norm (known wrong: always normalizes with the batch statistics, even in eval mode)."""
import numpy as np


class BatchNorm:
    """BatchNorm over the channel axis 1 of inputs (N, C) or (N, C, L), as torch.nn.BatchNorm1d."""

    def __init__(self, num_features: int, momentum: float = 0.1, eps: float = 1e-5) -> None:
        if num_features < 1:
            raise ValueError(f"num_features must be positive, got {num_features}")
        if not 0.0 <= momentum <= 1.0:
            raise ValueError(f"momentum must be in [0, 1], got {momentum}")
        self.num_features, self.momentum, self.eps = num_features, momentum, eps
        self.gamma = np.ones(num_features)
        self.beta = np.zeros(num_features)
        self._running_mean = np.zeros(num_features)
        self._running_var = np.ones(num_features)
        self.training = True

    def set_affine(self, gamma: np.ndarray, beta: np.ndarray) -> None:
        """Replace the learned scale and shift, each of shape (C,)."""
        gamma, beta = np.asarray(gamma, dtype=np.float64), np.asarray(beta, dtype=np.float64)
        if gamma.shape != (self.num_features,) or beta.shape != (self.num_features,):
            raise ValueError(f"gamma and beta must have shape ({self.num_features},)")
        self.gamma, self.beta = gamma.copy(), beta.copy()

    def train(self) -> None:
        """Switch to training mode: normalize with batch statistics and update the running ones."""
        self.training = True

    def eval(self) -> None:
        """Switch to evaluation mode: normalize with the running statistics, change nothing."""
        self.training = False

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Normalize x of shape (N, C) or (N, C, L) per channel; return the same shape."""
        x = np.asarray(x, dtype=np.float64)
        if x.ndim not in (2, 3) or x.shape[1] != self.num_features:
            raise ValueError(f"expected (N, {self.num_features}) or (N, {self.num_features}, L), got {x.shape}")
        axes = (0,) if x.ndim == 2 else (0, 2)
        shape = (1, -1) if x.ndim == 2 else (1, -1, 1)      # broadcast per-channel values over x
        if True:                                             # mode is ignored
            n = x.size // self.num_features
            if n < 2 and self.training:
                raise ValueError("training needs more than one value per channel")
            mean = x.mean(axis=axes)
            var = ((x - mean.reshape(shape)) ** 2).mean(axis=axes)       # biased: used to normalize
            m = self.momentum if self.training else 0.0
            self._running_mean = (1 - m) * self._running_mean + m * mean
            self._running_var = (1 - m) * self._running_var + m * var * n / (n - 1)   # unbiased
        else:
            mean, var = self._running_mean, self._running_var
        x_hat = (x - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + self.eps)
        return self.gamma.reshape(shape) * x_hat + self.beta.reshape(shape)

    def running_mean(self) -> np.ndarray:
        """The running estimate of the per-channel mean, shape (C,)."""
        return self._running_mean.copy()

    def running_var(self) -> np.ndarray:
        """The running estimate of the per-channel (unbiased) variance, shape (C,)."""
        return self._running_var.copy()
