"""Byte-level byte-pair encoding (BPE): training, encoding, decoding."""


class BPETokenizer:
    """A byte-level BPE tokenizer: ids 0..255 are the bytes, id 256 + i is the token made by merge i."""

    def __init__(self) -> None:
        """Start with no merges: the vocabulary is the 256 single bytes."""
        raise NotImplementedError

    def train(self, text: str, vocab_size: int) -> list[list[int]]:
        """Learn merges from text until the vocabulary has vocab_size tokens or no pair repeats.

        Replaces any earlier training. Returns the merges in order as [left_id, right_id] pairs.
        Raises ValueError if vocab_size < 256.
        """
        raise NotImplementedError

    def merges(self) -> list[list[int]]:
        """Return the learned merges in order; merge i produced token id 256 + i."""
        raise NotImplementedError

    def vocab_size(self) -> int:
        """Return 256 plus the number of learned merges."""
        raise NotImplementedError

    def encode(self, text: str) -> list[int]:
        """Return the token ids of text (its UTF-8 bytes with the merges applied in training order)."""
        raise NotImplementedError

    def decode(self, ids: list[int]) -> str:
        """Return the text of ids; invalid UTF-8 becomes U+FFFD. Raises ValueError on an unknown id."""
        raise NotImplementedError
