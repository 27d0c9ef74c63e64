"""Single update steps of SGD with momentum, Adam and AdamW (PyTorch conventions)."""
import numpy as np


def sgd_momentum_step(param: np.ndarray, grad: np.ndarray, velocity: np.ndarray, lr: float,
                      momentum: float, weight_decay: float = 0.0,
                      nesterov: bool = False) -> list[np.ndarray]:
    """Return [new_param, new_velocity] after one step of SGD with momentum.

    g = grad + weight_decay * param; v = momentum * velocity + g;
    param -= lr * (g + momentum * v if nesterov else v).
    Raises ValueError if the arrays differ in shape.
    """
    raise NotImplementedError


def adam_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int, lr: float,
              beta1: float, beta2: float, eps: float, weight_decay: float = 0.0) -> list[np.ndarray]:
    """Return [new_param, new_m, new_v] after Adam step number t (t = 1 for the first step).

    weight_decay is classic L2: it is added to the gradient (grad + weight_decay * param).
    Raises ValueError if t < 1 or the arrays differ in shape.
    """
    raise NotImplementedError


def adamw_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int, lr: float,
               beta1: float, beta2: float, eps: float, weight_decay: float) -> list[np.ndarray]:
    """Return [new_param, new_m, new_v] after AdamW step number t.

    Decoupled weight decay: param * (1 - lr * weight_decay) minus the Adam update computed from the
    raw gradient. Raises ValueError if t < 1 or the arrays differ in shape.
    """
    raise NotImplementedError
