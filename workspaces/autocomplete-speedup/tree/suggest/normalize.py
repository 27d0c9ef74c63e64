"""How queries are compared."""


def normalize(query):
    """Lowercase, trimmed, with inner runs of whitespace made one space."""
    return " ".join(query.lower().split())
