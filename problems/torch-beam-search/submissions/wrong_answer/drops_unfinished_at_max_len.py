# Known wrong: forgets the hypotheses still alive at max_len.
import torch


def beam_search(score_fn, bos: int, eos: int, beam_size: int, max_len: int,
                length_penalty: float = 1.0) -> list:
    """Beam search over the log-probabilities returned by `score_fn`.

    score_fn(prefixes) takes an int64 tensor (N, T) of N prefixes (each starting with bos) and
    returns (N, V) next-token log-probabilities. Returns beam_size finished hypotheses as
    [tokens (list of ints, without bos), score] sorted best first, where
    score = sum of log-probs / len(tokens) ** length_penalty.
    """
    if beam_size < 1:
        raise ValueError(f"beam_size must be >= 1, got {beam_size}")
    if max_len < 1:
        raise ValueError(f"max_len must be >= 1, got {max_len}")
    prefixes = torch.tensor([[bos]], dtype=torch.int64)   # (alive, T)
    sums = torch.zeros(1, dtype=torch.float64)             # running sum of log-probs per prefix
    finished = []                                          # (tokens, raw sum)
    for _ in range(max_len):
        slots = beam_size - len(finished)
        if slots == 0 or prefixes.shape[0] == 0:
            break
        log_probs = score_fn(prefixes).to(torch.float64)   # one call for every alive prefix
        vocab = log_probs.shape[1]
        candidates = (sums.unsqueeze(1) + log_probs).reshape(-1)
        top = torch.topk(candidates, min(slots, candidates.numel()))
        keep_prefix, keep_sum = [], []
        for flat, total in zip(top.indices.tolist(), top.values.tolist()):
            beam, token = divmod(flat, vocab)
            extended = prefixes[beam].tolist() + [token]
            if token == eos:
                finished.append((extended[1:], total))     # a finished hypothesis leaves the beam
            else:
                keep_prefix.append(extended)
                keep_sum.append(total)
        prefixes = torch.tensor(keep_prefix, dtype=torch.int64).reshape(len(keep_prefix), prefixes.shape[1] + 1)
        sums = torch.tensor(keep_sum, dtype=torch.float64)
    # Hypotheses still alive at max_len end there, without eos.
    scored = [(tokens, total / len(tokens) ** length_penalty) for tokens, total in finished]
    scored.sort(key=lambda h: (-h[1], len(h[0]), h[0]))
    return [[tokens, score] for tokens, score in scored[:beam_size]]


# ---- Given: do not change. ----

class BigramScorer:
    """A toy language model: the next token's log-probabilities depend on the last token only,
    log_softmax(table[last]). Counts its calls."""

    def __init__(self, table: torch.Tensor):
        self.log_probs = torch.log_softmax(table.to(torch.float64), dim=-1)
        self.calls = 0

    def __call__(self, prefixes: torch.Tensor) -> torch.Tensor:
        self.calls += 1
        return self.log_probs[prefixes[:, -1]].clone()


def run_beam_search(table: torch.Tensor, bos: int, eos: int, beam_size: int, max_len: int,
                    length_penalty: float) -> dict:
    scorer = BigramScorer(table)
    hypotheses = beam_search(scorer, bos, eos, beam_size, max_len, length_penalty)
    return {"hypotheses": hypotheses, "score_calls": scorer.calls}
