def min_latency(mesh: list[str]) -> int:
    """Return the smallest total chip delay from the top-left to the bottom-right chip, or -1."""
    raise NotImplementedError
