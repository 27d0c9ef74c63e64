def longest_unique_run(pages: list[int]) -> int:
    """Return the length of the longest run of consecutive views with no repeated page."""
    raise NotImplementedError
