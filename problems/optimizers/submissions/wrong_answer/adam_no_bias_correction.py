"""Optimizer steps (known wrong: Adam without bias correction)."""
import numpy as np


def _arrays(*arrays: np.ndarray) -> list[np.ndarray]:
    out = [np.asarray(a, dtype=np.float64) for a in arrays]
    if any(a.shape != out[0].shape for a in out):
        raise ValueError(f"shapes differ: {[a.shape for a in out]}")
    return out


def sgd_momentum_step(param: np.ndarray, grad: np.ndarray, velocity: np.ndarray, lr: float,
                      momentum: float, weight_decay: float = 0.0,
                      nesterov: bool = False) -> list[np.ndarray]:
    """Return [new_param, new_velocity] after one step of SGD with momentum (torch.optim.SGD)."""
    param, grad, velocity = _arrays(param, grad, velocity)
    g = grad + weight_decay * param
    velocity = momentum * velocity + g
    update = g + momentum * velocity if nesterov else velocity
    return [param - lr * update, velocity]


def _adam_moments(grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int, beta1: float,
                  beta2: float, eps: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Update the moments and return (direction, m, v) with the bias-corrected direction m_hat / (sqrt(v_hat) + eps)."""
    if t < 1:
        raise ValueError(f"the step number t starts at 1, got {t}")
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad * grad
    m_hat, v_hat = m, v
    return m_hat / (np.sqrt(v_hat) + eps), m, v


def adam_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int, lr: float,
              beta1: float, beta2: float, eps: float, weight_decay: float = 0.0) -> list[np.ndarray]:
    """Return [new_param, new_m, new_v] after Adam step t (1-based); weight decay is L2 (added to the gradient)."""
    param, grad, m, v = _arrays(param, grad, m, v)
    direction, m, v = _adam_moments(grad + weight_decay * param, m, v, t, beta1, beta2, eps)
    return [param - lr * direction, m, v]


def adamw_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int, lr: float,
               beta1: float, beta2: float, eps: float, weight_decay: float) -> list[np.ndarray]:
    """Return [new_param, new_m, new_v] after AdamW step t: decay the weights directly, then Adam on the raw gradient."""
    param, grad, m, v = _arrays(param, grad, m, v)
    direction, m, v = _adam_moments(grad, m, v, t, beta1, beta2, eps)
    return [param * (1 - lr * weight_decay) - lr * direction, m, v]
