"""Brute force: try every combination of three positions: O(n^3)."""

from itertools import combinations


def zero_sum_triples(offsets: list[int]) -> list[list[int]]:
    found = {triple for triple in combinations(sorted(offsets), 3) if sum(triple) == 0}
    return [list(triple) for triple in sorted(found)]
