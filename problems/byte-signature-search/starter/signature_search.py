def find_signature(stream: str, signature: str) -> list[int]:
    """Return every offset where signature starts in stream, in increasing order, overlaps included.

    Raises ValueError if signature is empty.
    """
    raise NotImplementedError
