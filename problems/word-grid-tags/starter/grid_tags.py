def find_tags(grid: list[str], tags: list[str]) -> list[str]:
    """Return the tags that can be traced through side-adjacent cells (no cell twice), each once, sorted."""
    raise NotImplementedError
