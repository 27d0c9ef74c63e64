def chars_at(encoded: str, offsets: list[int]) -> str:
    """Return the characters at the given offsets of the decoded text, without decoding it."""
    raise NotImplementedError
