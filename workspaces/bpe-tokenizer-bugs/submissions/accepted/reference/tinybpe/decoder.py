"""Turn tokens back into text."""

from tinybpe import END


def decode(tokens):
    """Join tokens; END closes a word, and words are separated by one space."""
    text = "".join(tokens)
    return text.replace(END, " ").strip()
