"""Backtracking over sorted costs, skipping equal siblings: each distinct combination once, in
lexicographic order, with the search pruned as soon as a cost exceeds what is left."""


def flag_sets(costs: list[int], budget: int) -> list[list[int]]:
    ordered = sorted(costs)
    found: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int, left: int) -> None:
        if left == 0:
            found.append(chosen.copy())
            return  # costs are positive: adding more can only overshoot
        for i in range(start, len(ordered)):
            if ordered[i] > left:
                break  # sorted: every later cost overshoots too
            if i > start and ordered[i] == ordered[i - 1]:
                continue  # the same cost in this slot was already tried by the previous flag
            chosen.append(ordered[i])
            extend(i + 1, left - ordered[i])
            chosen.pop()

    extend(0, budget)
    return found
