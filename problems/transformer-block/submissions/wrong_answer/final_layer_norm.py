"""Transformer block (known wrong: a final layer norm inside the block, as if it were GPT-2's ln_f)."""
import numpy as np


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))."""
    x = np.asarray(x, dtype=np.float64)
    return 0.5 * x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (x + 0.044715 * x ** 3)))


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalize over the last axis (biased variance, eps inside the root), then scale and shift."""
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def causal_self_attention(x, w_qkv, b_qkv, w_o, b_o, num_heads: int) -> np.ndarray:
    """Causal multi-head self-attention with a fused qkv projection: (..., n, d) -> (..., n, d)."""
    *lead, n, d = x.shape
    if num_heads < 1 or d % num_heads:
        raise ValueError(f"d_model={d} is not divisible by num_heads={num_heads}")
    d_head = d // num_heads
    q, k, v = np.split(x @ w_qkv + b_qkv, 3, axis=-1)
    q, k, v = (np.swapaxes(t.reshape(*lead, n, num_heads, d_head), -2, -3) for t in (q, k, v))
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_head)
    scores = np.where(np.tril(np.ones((n, n), dtype=bool)), scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    out = np.swapaxes(weights @ v, -2, -3).reshape(*lead, n, d)
    return out @ w_o + b_o


def transformer_block(x: np.ndarray, params: dict, num_heads: int) -> np.ndarray:
    """x + attn(ln1(x)), then + mlp(ln2(.)): a pre-norm decoder block, shape (..., n, d) -> same."""
    x = np.asarray(x, dtype=np.float64)
    p = {name: np.asarray(value, dtype=np.float64) for name, value in params.items()}
    h = x + causal_self_attention(layer_norm(x, p["ln1_gamma"], p["ln1_beta"]),
                                  p["w_qkv"], p["b_qkv"], p["w_o"], p["b_o"], num_heads)
    hidden = gelu(layer_norm(h, p["ln2_gamma"], p["ln2_beta"]) @ p["w_fc"] + p["b_fc"])
    out = h + hidden @ p["w_proj"] + p["b_proj"]
    return layer_norm(out, np.ones(out.shape[-1]), np.zeros(out.shape[-1]))
