def longest_improving_chain(scores: list[int]) -> int:
    """Return the length of the longest chain of checkpoints, in training order, whose scores
    strictly increase (0 when there are none)."""
    raise NotImplementedError
