def merge_windows(windows: list[list[int]]) -> list[list[int]]:
    """Return the spans [start, end) during which at least one window is open, sorted by start."""
    raise NotImplementedError
