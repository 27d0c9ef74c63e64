def propagation_rounds(grid: list[str]) -> int:
    """Return the rounds until every healthy node has the config, 0 if none needs it, -1 if one never gets it."""
    raise NotImplementedError
