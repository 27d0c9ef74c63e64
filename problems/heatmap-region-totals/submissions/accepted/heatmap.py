from itertools import accumulate
from operator import add


def region_totals(rows: list[str], queries: list[list[int]]) -> list[int]:
    """2D prefix sums: total[r][c] is the sum of the cells above and left of (r, c), with a zero
    row and column in front. A rectangle's sum is four lookups by inclusion-exclusion.
    O(R * C) preparation, O(1) per query."""
    width = len(rows[0])
    total = [[0] * (width + 1)]
    for row in rows:
        running = accumulate(map(int, row), initial=0)
        total.append(list(map(add, total[-1], running)))
    answers = []
    for r1, c1, r2, c2 in queries:
        top, bottom = min(r1, r2), max(r1, r2) + 1
        left, right = min(c1, c2), max(c1, c2) + 1
        answers.append(total[bottom][right] - total[top][right]
                       - total[bottom][left] + total[top][left])
    return answers
