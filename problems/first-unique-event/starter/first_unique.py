def first_unique_event(events: list[int]) -> int:
    """Return the index of the first id that occurs exactly once in events, or -1."""
    raise NotImplementedError
