def edit_distance(a: str, b: str) -> int:
    """Return the fewest insertions, deletions and substitutions that turn a into b."""
    raise NotImplementedError
