def region_totals(rows: list[str], queries: list[list[int]]) -> list[int]:
    """Return the total intensity inside each query rectangle [r1, c1, r2, c2], corners included."""
    raise NotImplementedError
