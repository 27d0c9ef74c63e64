def top_error_codes(codes: list[int], k: int) -> list[int]:
    """Return the k most frequent codes, most frequent first; ties by first appearance."""
    raise NotImplementedError
