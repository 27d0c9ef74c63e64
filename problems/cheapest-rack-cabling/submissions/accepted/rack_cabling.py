"""Kruskal: cables by cost, a union-find with path halving and union by size: O(E log E)."""


def cheapest_cabling(racks: int, cables: list[list[int]]) -> int:
    parent = list(range(racks))
    size = [1] * racks

    def find(rack: int) -> int:
        while parent[rack] != rack:
            parent[rack] = parent[parent[rack]]  # path halving
            rack = parent[rack]
        return rack

    total = 0
    groups = racks
    for a, b, cost in sorted(cables, key=lambda cable: cable[2]):
        root_a, root_b = find(a), find(b)
        if root_a == root_b:
            continue  # already connected: this cable would close a loop
        if size[root_a] < size[root_b]:
            root_a, root_b = root_b, root_a
        parent[root_b] = root_a
        size[root_a] += size[root_b]
        total += cost
        groups -= 1
        if groups == 1:
            break
    return total if groups == 1 else -1
