def cheapest_transfer(regions: int, links: list[list[int]], source: int, target: int, max_relays: int) -> int:
    """Return the lowest price of a source-to-target route with at most max_relays relays, or -1."""
    raise NotImplementedError
