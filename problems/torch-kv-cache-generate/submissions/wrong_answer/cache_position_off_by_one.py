# Known wrong: a cached step is embedded one position too late (past_len + 1).
import math

import torch
from torch import nn


class CausalSelfAttention(nn.Module):
    def __init__(self, d_model: int, n_heads: int):
        super().__init__()
        if d_model % n_heads:
            raise ValueError(f"d_model {d_model} is not divisible by n_heads {n_heads}")
        self.n_heads = n_heads
        self.d_head = d_model // n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)

    def forward(self, x: torch.Tensor, past: list = None) -> tuple:
        """x: (B, T, d_model), the new positions; past: [k, v] of the earlier positions, each
        (B, H, T_past, d_head), or None. Returns (y (B, T, d_model), [k, v] of all positions)."""
        b, t, d = x.shape
        q, k, v = self.qkv(x).split(d, dim=-1)
        # (B, T, d) -> (B, H, T, d_head)
        q, k, v = (z.view(b, t, self.n_heads, self.d_head).transpose(1, 2) for z in (q, k, v))
        past_len = 0
        if past is not None:
            past_len = past[0].shape[2]
            k = torch.cat([past[0], k], dim=2)
            v = torch.cat([past[1], v], dim=2)
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_head)          # (B, H, T, T_past + T)
        # New query i sits at absolute position past_len + i and may see keys 0 .. past_len + i.
        query_pos = torch.arange(past_len, past_len + t).unsqueeze(1)
        key_pos = torch.arange(past_len + t).unsqueeze(0)
        scores = scores.masked_fill(key_pos > query_pos, float("-inf"))
        y = torch.softmax(scores, dim=-1) @ v                               # (B, H, T, d_head)
        y = y.transpose(1, 2).reshape(b, t, d)
        return self.proj(y), [k, v]


class Block(nn.Module):
    def __init__(self, d_model: int, n_heads: int):
        super().__init__()
        self.ln1 = nn.LayerNorm(d_model)
        self.attn = CausalSelfAttention(d_model, n_heads)
        self.ln2 = nn.LayerNorm(d_model)
        self.mlp = nn.Sequential(nn.Linear(d_model, 2 * d_model), nn.GELU(), nn.Linear(2 * d_model, d_model))

    def forward(self, x: torch.Tensor, past: list = None) -> tuple:
        a, present = self.attn(self.ln1(x), past)
        x = x + a
        x = x + self.mlp(self.ln2(x))
        return x, present


class TinyDecoder(nn.Module):
    def __init__(self, vocab: int, d_model: int, n_heads: int, n_layers: int, max_len: int):
        super().__init__()
        self.max_len = max_len
        self.tok_emb = nn.Embedding(vocab, d_model)
        self.pos_emb = nn.Embedding(max_len, d_model)
        self.blocks = nn.ModuleList([Block(d_model, n_heads) for _ in range(n_layers)])
        self.ln_f = nn.LayerNorm(d_model)
        self.lm_head = nn.Linear(d_model, vocab, bias=False)

    def forward(self, ids: torch.Tensor, cache: list = None) -> tuple:
        """ids: (B, T) int64, the new tokens; cache: one [k, v] per layer for the earlier tokens,
        or None. Returns (logits (B, T, vocab), the cache for all tokens so far)."""
        past_len = 0 if cache is None else cache[0][0].shape[2]
        t = ids.shape[1]
        if past_len + t > self.max_len:
            raise ValueError(f"{past_len} cached + {t} new positions exceed max_len {self.max_len}")
        positions = torch.arange(past_len, past_len + t) + (1 if cache is not None else 0)
        x = self.tok_emb(ids) + self.pos_emb(positions)
        new_cache = []
        for i, block in enumerate(self.blocks):
            x, present = block(x, None if cache is None else cache[i])
            new_cache.append(present)
        return self.lm_head(self.ln_f(x)), new_cache

    @torch.no_grad()
    def generate(self, ids: torch.Tensor, max_new_tokens: int) -> torch.Tensor:
        """Greedy decoding with the KV cache: (B, T) -> (B, T + max_new_tokens)."""
        if max_new_tokens < 0:
            raise ValueError(f"max_new_tokens must be >= 0, got {max_new_tokens}")
        if ids.shape[1] + max_new_tokens > self.max_len:
            raise ValueError(f"{ids.shape[1]} prompt + {max_new_tokens} new tokens exceed max_len {self.max_len}")
        out = ids
        if max_new_tokens == 0:
            return out.clone()
        logits, cache = self(ids)                       # prefill: the whole prompt at once
        for step in range(max_new_tokens):
            next_id = logits[:, -1].argmax(dim=-1, keepdim=True)
            out = torch.cat([out, next_id], dim=1)
            if step + 1 < max_new_tokens:
                logits, cache = self(next_id, cache)    # one new position, attending to the cache
        return out

    # ---- Given: do not change these two methods (the tests call them). ----

    @torch.no_grad()
    def logits_with_cache(self, ids: torch.Tensor, prefill: int) -> torch.Tensor:
        """Logits of every position computed as generation would: forward on ids[:, :prefill],
        then one token at a time with the cache. Compare with forward(ids)[0]."""
        logits, cache = self(ids[:, :prefill])
        parts = [logits]
        for t in range(prefill, ids.shape[1]):
            logits, cache = self(ids[:, t:t + 1], cache)
            parts.append(logits)
        return torch.cat(parts, dim=1)

    @torch.no_grad()
    def cache_shapes(self, ids: torch.Tensor, prefill: int) -> list:
        """The shape of layer 0's cached keys and values after the prefill and after each step."""
        _, cache = self(ids[:, :prefill])
        shapes = [[list(cache[0][0].shape), list(cache[0][1].shape)]]
        for t in range(prefill, ids.shape[1]):
            _, cache = self(ids[:, t:t + 1], cache)
            shapes.append([list(cache[0][0].shape), list(cache[0][1].shape)])
        return shapes
