def cheapest_cabling(racks: int, cables: list[list[int]]) -> int:
    """Return the least total cost of cables that connect all racks, or -1 if the quoted cables
    cannot connect them all. Each cable is [rack_a, rack_b, cost]."""
    raise NotImplementedError
