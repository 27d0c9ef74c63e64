"""Wrong: takes [r1, c1] as the top-left corner, so a rectangle dragged upwards or leftwards
comes out as a negative or otherwise wrong total."""
from itertools import accumulate
from operator import add


def region_totals(rows: list[str], queries: list[list[int]]) -> list[int]:
    width = len(rows[0])
    total = [[0] * (width + 1)]
    for row in rows:
        total.append(list(map(add, total[-1], accumulate(map(int, row), initial=0))))
    return [total[r2 + 1][c2 + 1] - total[r1][c2 + 1] - total[r2 + 1][c1] + total[r1][c1]
            for r1, c1, r2, c2 in queries]
