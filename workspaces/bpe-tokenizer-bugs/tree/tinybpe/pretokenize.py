"""Split text into words, and words into initial symbols."""

from collections import Counter

from tinybpe import END


def words(text):
    """The symbols of each whitespace-separated word: its characters, then END."""
    return [tuple(word) + (END,) for word in text.split()]


def word_counts(corpus):
    """How often each word (as a symbol tuple) occurs in the corpus (a list of texts)."""
    counts = Counter()
    for text in corpus:
        counts.update(words(text))
    return counts
