# Fixed the "wrong" way: the mask is still applied after the softmax and the rows are renormalized.
# That is the same function in exact arithmetic, but when a future score dominates a row, every
# allowed weight underflows to 0 and the row becomes 0 / 0 = NaN.
import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Numerically stable softmax along `axis`."""
    x = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=axis, keepdims=True)


def causal_mask(seq_len: int) -> np.ndarray:
    """(T, T) boolean matrix: True where query position i may attend to key position j (j <= i)."""
    return np.tril(np.ones((seq_len, seq_len), dtype=bool))


def attention_weights(q: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Causal attention probabilities for q, k of shape (B, H, T, Dh); returns (B, H, T, T)."""
    seq_len, head_dim = q.shape[-2], q.shape[-1]
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head_dim)
    weights = softmax(scores, axis=-1) * causal_mask(seq_len)
    # Renormalize so every row sums to 1 again.
    return weights / weights.sum(axis=-1, keepdims=True)


def split_heads(x: np.ndarray, n_heads: int) -> np.ndarray:
    """(B, T, D) -> (B, H, T, D / H): head h holds features [h * Dh, (h + 1) * Dh)."""
    batch, seq_len, dim = x.shape
    # Split the feature axis first, then move heads in front of time.
    return x.reshape(batch, seq_len, n_heads, dim // n_heads).transpose(0, 2, 1, 3)


def merge_heads(x: np.ndarray) -> np.ndarray:
    """(B, H, T, Dh) -> (B, T, H * Dh), the inverse of split_heads."""
    batch, n_heads, seq_len, head_dim = x.shape
    return x.transpose(0, 2, 1, 3).reshape(batch, seq_len, n_heads * head_dim)


def causal_self_attention(
    x: np.ndarray, w_qkv: np.ndarray, w_out: np.ndarray, n_heads: int
) -> np.ndarray:
    """Multi-head causal self-attention.

    x: (B, T, D); w_qkv: (D, 3D), whose columns [0, D), [D, 2D), [2D, 3D) project to q, k, v;
    w_out: (D, D). Returns (B, T, D). Output position t depends only on x[:, :t + 1].
    """
    qkv = x @ w_qkv
    q, k, v = np.split(qkv, 3, axis=-1)
    q, k, v = (split_heads(t, n_heads) for t in (q, k, v))
    weights = attention_weights(q, k)
    return merge_heads(weights @ v) @ w_out
