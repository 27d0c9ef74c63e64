"""Learn a merge table from a corpus."""

from tinybpe.pairs import merge_pair, pair_counts
from tinybpe.pretokenize import word_counts


def best_pair(counts):
    """The most frequent pair; among equally frequent pairs, the one that sorts first."""
    return min(counts, key=lambda pair: (-counts[pair], pair))


def train(corpus, num_merges):
    """Learn up to num_merges merges from corpus (a list of texts), in the order learned."""
    vocab = dict(word_counts(corpus))
    merges = []
    for _ in range(num_merges):
        counts = pair_counts(vocab)
        if not counts:
            break
        pair = best_pair(counts)
        merges.append(pair)
        vocab = {merge_pair(symbols, pair): freq for symbols, freq in vocab.items()}
    return merges
