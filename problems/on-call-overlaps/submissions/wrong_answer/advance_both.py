"""Wrong: after an overlap it moves on in both lists, so a long shift that covers several shifts of
the other list is only intersected with the first of them."""


def overlaps(first: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    shared: list[list[int]] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if start < end:
            shared.append([start, end])
            i += 1
            j += 1
        elif first[i][1] <= second[j][0]:
            i += 1
        else:
            j += 1
    return shared
