# Known wrong: reads weight_decay from self.defaults, so the no-decay bias group is decayed too.
import torch
from torch import nn


class AdamW(torch.optim.Optimizer):
    """Adam with decoupled weight decay (Loshchilov & Hutter), as torch.optim.AdamW computes it."""

    def __init__(self, params, lr: float = 1e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 1e-2):
        if lr < 0:
            raise ValueError(f"lr must be >= 0, got {lr}")
        if not (0.0 <= betas[0] < 1.0 and 0.0 <= betas[1] < 1.0):
            raise ValueError(f"betas must be in [0, 1), got {tuple(betas)}")
        if eps < 0:
            raise ValueError(f"eps must be >= 0, got {eps}")
        if weight_decay < 0:
            raise ValueError(f"weight_decay must be >= 0, got {weight_decay}")
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay))

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, (beta1, beta2) = group["lr"], group["betas"]
            eps, weight_decay = group["eps"], self.defaults["weight_decay"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if not state:
                    state["step"] = 0
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                state["step"] += 1
                t = state["step"]
                m, v = state["exp_avg"], state["exp_avg_sq"]
                # Decoupled decay: shrink the weights directly, outside the adaptive update.
                p.mul_(1 - lr * weight_decay)
                m.mul_(beta1).add_(p.grad, alpha=1 - beta1)
                v.mul_(beta2).addcmul_(p.grad, p.grad, value=1 - beta2)
                m_hat = m / (1 - beta1 ** t)
                v_hat = v / (1 - beta2 ** t)
                p.sub_(lr * m_hat / (v_hat.sqrt() + eps))
        return loss


# ---- Given: do not change anything below this line. ----

def run_on_gradients(params: list, grads: list, lr: float, betas: list, eps: float,
                     weight_decay: float) -> list:
    """Feed your AdamW the given gradients: grads[t][i] (or None: no gradient) is parameter i's
    gradient at step t. Returns every parameter after the last step."""
    params = [nn.Parameter(p.clone()) for p in params]
    optimizer = AdamW(params, lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay)
    for step_grads in grads:
        for p, g in zip(params, step_grads):
            p.grad = None if g is None else g.clone()
        optimizer.step()
    return [p.detach().clone() for p in params]


class OptimRun(nn.Module):
    """A small MLP trained with your AdamW; biases are in a second group without weight decay."""

    def __init__(self, state: dict, lr: float, weight_decay: float):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
        self.net.load_state_dict(state)
        weights = [p for n, p in self.net.named_parameters() if n.endswith("weight")]
        biases = [p for n, p in self.net.named_parameters() if n.endswith("bias")]
        self.optimizer = AdamW([{"params": weights}, {"params": biases, "weight_decay": 0.0}],
                               lr=lr, weight_decay=weight_decay)

    def step(self, x: torch.Tensor, y: torch.Tensor) -> float:
        self.optimizer.zero_grad()
        loss = nn.functional.mse_loss(self.net(x), y)
        loss.backward()
        self.optimizer.step()
        return loss.item()
