def lost_request(log: list[int]) -> int:
    """Return the only id that occurs once in the log (every other id occurs twice)."""
    raise NotImplementedError
