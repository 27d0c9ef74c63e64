"""Byte-level BPE (known wrong: ties go to the pair seen first, not the smallest pair)."""
from collections import Counter


def _merge(ids: list[int], pair: tuple[int, int], new_id: int) -> list[int]:
    """Replace every occurrence of `pair` in `ids`, scanning left to right without overlaps."""
    out: list[int] = []
    i = 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


class BPETokenizer:
    """A byte-level BPE tokenizer: ids 0..255 are the bytes, id 256 + i is merge i."""

    def __init__(self) -> None:
        self._merges: list[tuple[int, int]] = []
        self._rank: dict[tuple[int, int], int] = {}
        self._bytes: list[bytes] = [bytes([b]) for b in range(256)]

    def train(self, text: str, vocab_size: int) -> list[list[int]]:
        """Learn up to vocab_size - 256 merges from text, replacing any earlier training."""
        if vocab_size < 256:
            raise ValueError(f"vocab_size must be at least 256, got {vocab_size}")
        self.__init__()
        ids = list(text.encode("utf-8"))
        while len(self._merges) < vocab_size - 256:
            counts = Counter(zip(ids, ids[1:]))
            if not counts:
                break
            best_count = max(counts.values())
            if best_count < 2:
                break
            pair = max(counts, key=counts.get)                             # ties: first seen
            new_id = 256 + len(self._merges)
            ids = _merge(ids, pair, new_id)
            self._rank[pair] = len(self._merges)
            self._merges.append(pair)
            self._bytes.append(self._bytes[pair[0]] + self._bytes[pair[1]])
        return self.merges()

    def merges(self) -> list[list[int]]:
        """The learned merges in order; merge i produced token id 256 + i."""
        return [list(p) for p in self._merges]

    def vocab_size(self) -> int:
        """256 plus the number of learned merges."""
        return len(self._bytes)

    def encode(self, text: str) -> list[int]:
        """Token ids of text: its UTF-8 bytes with the learned merges applied in training order."""
        ids = list(text.encode("utf-8"))
        while len(ids) >= 2:
            ranked = [(self._rank[p], p) for p in zip(ids, ids[1:]) if p in self._rank]
            if not ranked:
                break
            rank, pair = min(ranked)
            ids = _merge(ids, pair, 256 + rank)
        return ids

    def decode(self, ids: list[int]) -> str:
        """The text of token ids; byte sequences that are not valid UTF-8 become U+FFFD."""
        for i in ids:
            if not 0 <= i < len(self._bytes):
                raise ValueError(f"unknown token id {i}")
        return b"".join(self._bytes[i] for i in ids).decode("utf-8", errors="replace")
