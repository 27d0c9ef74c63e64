def shortest_covering_span(lines: list[int], required: list[int]) -> list[int]:
    """Return [start, end] of the shortest, then earliest, span covering required, or []."""
    raise NotImplementedError
