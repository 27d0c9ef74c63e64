import torch


class Softplus(torch.autograd.Function):
    """softplus(x) = log(1 + exp(beta x)) / beta, computed without overflow, with its own backward."""

    @staticmethod
    def forward(ctx, x: torch.Tensor, beta: float) -> torch.Tensor:
        z = x * beta
        # log(1 + e^z) = max(z, 0) + log1p(e^-|z|): the exponent is never positive
        y = (torch.clamp(z, min=0) + torch.log1p(torch.exp(-z.abs()))) / beta
        ctx.save_for_backward(x)
        ctx.beta = beta
        return y

    @staticmethod
    def backward(ctx, grad_output: torch.Tensor):
        (x,) = ctx.saved_tensors
        # d/dx softplus = sigmoid(beta x); torch.sigmoid is stable at both ends
        return grad_output * torch.sigmoid(x * ctx.beta), None


def softplus(x: torch.Tensor, beta: float = 1.0) -> torch.Tensor:
    if not beta > 0:
        raise ValueError(f"beta must be positive, got {beta}")
    return Softplus.apply(x, beta)


# ---- given: the tests call these; do not change them ---------------------------------------------
def softplus_grad(x: torch.Tensor, beta: float, grad_output: torch.Tensor) -> torch.Tensor:
    """d(sum(softplus(x, beta) * grad_output)) / dx, through your backward."""
    x = x.detach().clone().requires_grad_(True)
    softplus(x, beta).backward(grad_output)
    return x.grad


def backward_node(x: torch.Tensor, beta: float) -> str:
    """The name of the autograd node that softplus(x, beta) records."""
    y = softplus(x.detach().clone().requires_grad_(True), beta)
    return type(y.grad_fn).__name__ if y.grad_fn is not None else "none"
