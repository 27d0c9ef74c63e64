"""Causal multi-head attention with a KV cache for incremental decoding."""
import numpy as np


class KVCacheAttention:
    """Causal multi-head self-attention that runs on a whole sequence or one token at a time."""

    def __init__(self, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray, w_o: np.ndarray,
                 num_heads: int, max_len: int) -> None:
        """Store the (d_model, d_model) projections; the cache starts empty.

        Raises:
            ValueError: a weight is not (d_model, d_model), num_heads does not divide d_model,
                or max_len < 1.
        """
        raise NotImplementedError

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Full causal attention over x (batch, seq, d_model) -> (batch, seq, d_model).

        Recomputed from scratch; neither reads nor changes the cache.
        """
        raise NotImplementedError

    def prefill(self, x: np.ndarray) -> np.ndarray:
        """Start a new batch of sequences with the prompt x (batch, seq, d_model).

        Discards the old cache, caches the keys and values of all seq tokens, and returns the same
        outputs as forward(x). Raises ValueError if seq > max_len or the shape is wrong.
        """
        raise NotImplementedError

    def step(self, x_t: np.ndarray) -> np.ndarray:
        """Process one new token per sequence, x_t (batch, d_model) -> (batch, d_model).

        The token's key and value are appended to the cache and it attends to every cached token,
        itself included. Raises ValueError if the cache is full, the batch size differs from the
        cached one, or d_model is wrong. On an empty cache, the batch size comes from x_t.
        """
        raise NotImplementedError

    def cache_length(self) -> int:
        """Return the number of tokens currently cached."""
        raise NotImplementedError

    def cached_keys(self) -> np.ndarray:
        """Return the cached keys, shape (batch, num_heads, cache_length, d_head)."""
        raise NotImplementedError

    def cached_values(self) -> np.ndarray:
        """Return the cached values, shape (batch, num_heads, cache_length, d_head)."""
        raise NotImplementedError

    def reset(self) -> None:
        """Empty the cache."""
        raise NotImplementedError
