def min_largest_group(sizes: list[int], groups: int) -> int:
    """Return the smallest possible largest total when sizes is cut into `groups` contiguous non-empty parts."""
    raise NotImplementedError
