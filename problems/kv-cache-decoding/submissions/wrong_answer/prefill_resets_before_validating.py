"""KV-cache attention whose prefill empties the cache before checking the prompt: a rejected prefill loses the cache."""
import numpy as np


def _softmax(scores: np.ndarray) -> np.ndarray:
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


class KVCacheAttention:
    """Causal multi-head self-attention that can run on a whole sequence or one token at a time.

    The cache holds the keys and values of every token seen since the last prefill/reset, in
    preallocated arrays of shape (batch, heads, max_len, d_head).
    """

    def __init__(self, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray, w_o: np.ndarray,
                 num_heads: int, max_len: int) -> None:
        self.w_q, self.w_k, self.w_v, self.w_o = (np.asarray(w, dtype=np.float64) for w in (w_q, w_k, w_v, w_o))
        d = self.w_q.shape[0]
        for name, w in (("w_q", self.w_q), ("w_k", self.w_k), ("w_v", self.w_v), ("w_o", self.w_o)):
            if w.shape != (d, d):
                raise ValueError(f"{name} has shape {w.shape}, expected ({d}, {d})")
        if num_heads < 1 or d % num_heads:
            raise ValueError(f"d_model={d} is not divisible by num_heads={num_heads}")
        if max_len < 1:
            raise ValueError(f"max_len must be at least 1, got {max_len}")
        self.d_model, self.num_heads, self.d_head, self.max_len = d, num_heads, d // num_heads, max_len
        self.reset()

    # -- helpers -------------------------------------------------------------------------------
    def _heads(self, t: np.ndarray) -> np.ndarray:
        """(batch, n, d_model) -> (batch, heads, n, d_head)."""
        b, n, _ = t.shape
        return t.reshape(b, n, self.num_heads, self.d_head).transpose(0, 2, 1, 3)

    def _merge(self, t: np.ndarray) -> np.ndarray:
        """(batch, heads, n, d_head) -> (batch, n, d_model) @ w_o."""
        b, _, n, _ = t.shape
        return t.transpose(0, 2, 1, 3).reshape(b, n, self.d_model) @ self.w_o

    def _check_input(self, x: np.ndarray, ndim: int) -> np.ndarray:
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != ndim or x.shape[-1] != self.d_model:
            expected = "(batch, seq, d_model)" if ndim == 3 else "(batch, d_model)"
            raise ValueError(f"expected shape {expected} with d_model={self.d_model}, got {x.shape}")
        return x

    def _causal(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        q, k, v = (self._heads(x @ w) for w in (self.w_q, self.w_k, self.w_v))
        n = x.shape[1]
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(self.d_head)
        scores = np.where(np.tril(np.ones((n, n), dtype=bool)), scores, -np.inf)
        return self._merge(_softmax(scores) @ v), k, v

    # -- public API ----------------------------------------------------------------------------
    def forward(self, x: np.ndarray) -> np.ndarray:
        """Full causal attention over x (batch, seq, d_model), recomputed from scratch; no cache."""
        out, _, _ = self._causal(self._check_input(x, 3))
        return out

    def prefill(self, x: np.ndarray) -> np.ndarray:
        """Clear the cache, run x (batch, seq, d_model) causally, cache its keys/values; return outputs."""
        self.reset()  # Wrong: the old cache is dropped before the prompt is validated
        x = self._check_input(x, 3)
        b, n, _ = x.shape
        if n > self.max_len:
            raise ValueError(f"prompt of {n} tokens does not fit max_len={self.max_len}")
        out, k, v = self._causal(x)
        self._allocate(b)
        self.k[:, :, :n], self.v[:, :, :n] = k, v
        self.length = n
        return out

    def step(self, x_t: np.ndarray) -> np.ndarray:
        """Process one new token per sequence, x_t (batch, d_model); append it; return (batch, d_model)."""
        x_t = self._check_input(x_t, 2)
        if self.k is None:
            self._allocate(x_t.shape[0])
        elif x_t.shape[0] != self.k.shape[0]:
            raise ValueError(f"batch of {x_t.shape[0]}, but the cache holds {self.k.shape[0]} sequences")
        if self.length == self.max_len:
            raise ValueError(f"the cache is full (max_len={self.max_len})")
        x = x_t[:, None, :]                                    # (batch, 1, d_model)
        q, k, v = (self._heads(x @ w) for w in (self.w_q, self.w_k, self.w_v))
        t = self.length
        self.k[:, :, t:t + 1], self.v[:, :, t:t + 1] = k, v   # append first: a token sees itself
        self.length = t + 1
        keys, values = self.k[:, :, :t + 1], self.v[:, :, :t + 1]
        scores = q @ keys.transpose(0, 1, 3, 2) / np.sqrt(self.d_head)   # (batch, heads, 1, t+1)
        return self._merge(_softmax(scores) @ values)[:, 0, :]

    def cache_length(self) -> int:
        """Number of tokens currently cached."""
        return self.length

    def cached_keys(self) -> np.ndarray:
        """The cached keys, shape (batch, heads, cache_length, d_head) (batch 0 when empty)."""
        if self.k is None:
            return np.zeros((0, self.num_heads, 0, self.d_head))
        return self.k[:, :, :self.length].copy()

    def cached_values(self) -> np.ndarray:
        """The cached values, shape (batch, heads, cache_length, d_head) (batch 0 when empty)."""
        if self.v is None:
            return np.zeros((0, self.num_heads, 0, self.d_head))
        return self.v[:, :, :self.length].copy()

    def reset(self) -> None:
        """Empty the cache."""
        self.k = self.v = None
        self.length = 0

    def _allocate(self, batch: int) -> None:
        shape = (batch, self.num_heads, self.max_len, self.d_head)
        self.k, self.v = np.zeros(shape), np.zeros(shape)
