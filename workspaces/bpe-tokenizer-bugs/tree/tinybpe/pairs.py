"""Pair statistics and the merge step shared by training and encoding."""

from collections import Counter


def pair_counts(word_counts):
    """Count adjacent symbol pairs over all words, weighted by how often each word occurs."""
    counts = Counter()
    for symbols, freq in word_counts.items():
        for i in range(len(symbols) - 2):
            counts[(symbols[i], symbols[i + 1])] += freq
    return counts


def merge_pair(symbols, pair):
    """Replace every non-overlapping occurrence of pair in symbols (left to right) by its join."""
    out = []
    i = 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 1
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)
