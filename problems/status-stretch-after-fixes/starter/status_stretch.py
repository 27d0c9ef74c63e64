def longest_stretch(statuses: str, k: int) -> int:
    """Return the length of the longest substring that is one letter after changing at most k letters."""
    raise NotImplementedError
