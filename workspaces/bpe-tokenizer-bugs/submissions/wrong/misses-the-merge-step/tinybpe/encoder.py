"""Encode text with a learned merge table."""

import string

from tinybpe import END
from tinybpe.decoder import decode
from tinybpe.pairs import merge_pair
from tinybpe.pretokenize import words


class Encoder:
    def __init__(self, merges):
        self.merges = list(merges)
        self.ranks = {pair: rank for rank, pair in enumerate(self.merges)}
        symbols = set(string.ascii_letters + string.digits + string.punctuation)
        for a, b in self.merges:
            symbols.update((a, b, a + b))
        self.vocab = {token: i for i, token in enumerate(sorted(symbols | {END}))}
        self.unknown = len(self.vocab)

    def encode_word(self, symbols):
        """Apply merges to one word until none applies."""
        while len(symbols) > 1:
            candidates = [(symbols[i], symbols[i + 1]) for i in range(len(symbols) - 1)]
            known = [pair for pair in candidates if pair in self.ranks]
            if not known:
                break
            symbols = merge_pair(symbols, min(known, key=self.ranks.__getitem__))
        return symbols

    def tokens(self, text):
        out = []
        for word in words(text):
            out.extend(self.encode_word(word))
        return out

    def ids(self, text):
        return [self.vocab.get(token, self.unknown) for token in self.tokens(text)]

    def decode(self, ids):
        inverse = {i: token for token, i in self.vocab.items()}
        return decode([inverse.get(i, "?") for i in ids])
