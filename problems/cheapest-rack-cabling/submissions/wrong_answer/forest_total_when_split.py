"""Wrong: returns the cost of the cheapest forest even when the cables leave the racks in several
groups, instead of -1."""


def cheapest_cabling(racks: int, cables: list[list[int]]) -> int:
    parent = list(range(racks))

    def find(rack: int) -> int:
        while parent[rack] != rack:
            parent[rack] = parent[parent[rack]]
            rack = parent[rack]
        return rack

    total = 0
    for a, b, cost in sorted(cables, key=lambda cable: cable[2]):
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_b] = root_a
            total += cost
    return total
