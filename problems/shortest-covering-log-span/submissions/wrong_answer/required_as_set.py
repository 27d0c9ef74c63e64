"""Wrong: treats required as a set, so "two retries" is satisfied by one."""


def shortest_covering_span(lines: list[int], required: list[int]) -> list[int]:
    need = {kind: 1 for kind in required}
    missing = len(need)
    best: list[int] = []
    left = 0
    for right, kind in enumerate(lines):
        if kind in need:
            if need[kind] > 0:
                missing -= 1
            need[kind] -= 1
        while missing == 0:
            if not best or right - left < best[1] - best[0]:
                best = [left, right]
            first = lines[left]
            if first in need:
                need[first] += 1
                if need[first] > 0:
                    missing += 1
            left += 1
    return best
