"""Wrong: decides whether two racks are already connected by comparing their direct parents, not
their roots, so a cable that closes a loop deeper in a group is bought anyway."""


def cheapest_cabling(racks: int, cables: list[list[int]]) -> int:
    parent = list(range(racks))

    def find(rack: int) -> int:
        while parent[rack] != rack:
            rack = parent[rack]
        return rack

    total = 0
    bought = 0
    for a, b, cost in sorted(cables, key=lambda cable: cable[2]):
        if parent[a] == parent[b]:
            continue
        parent[find(b)] = find(a)
        total += cost
        bought += 1
    return total if bought >= racks - 1 else -1
