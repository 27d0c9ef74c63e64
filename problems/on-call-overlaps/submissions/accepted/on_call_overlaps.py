"""Two pointers: intersect the current shift of each list, then drop whichever ends first.

The shift that ends first can overlap nothing later in the other list, since those start after the
current one. O(n + m) time, O(1) besides the answer.
"""


def overlaps(first: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    shared: list[list[int]] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if start < end:
            shared.append([start, end])
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return shared
