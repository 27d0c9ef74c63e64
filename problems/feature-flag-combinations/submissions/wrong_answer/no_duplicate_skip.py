"""Wrong: backtracks over sorted costs but never skips an equal sibling, so a combination that
can be built from different flags of equal cost is listed once per way of building it."""


def flag_sets(costs: list[int], budget: int) -> list[list[int]]:
    ordered = sorted(costs)
    found: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int, left: int) -> None:
        if left == 0:
            found.append(chosen.copy())
            return
        for i in range(start, len(ordered)):
            if ordered[i] > left:
                break
            chosen.append(ordered[i])
            extend(i + 1, left - ordered[i])
            chosen.pop()

    extend(0, budget)
    return found
