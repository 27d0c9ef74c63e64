def peak_sessions(starts: list[int], ends: list[int]) -> int:
    """Return the most sessions open at once; session i is open on [starts[i], ends[i])."""
    raise NotImplementedError
