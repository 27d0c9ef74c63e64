def min_tokens(text: str, vocabulary: list[str]) -> int:
    """Return the fewest vocabulary entries that spell text exactly, or -1 if none do."""
    raise NotImplementedError
