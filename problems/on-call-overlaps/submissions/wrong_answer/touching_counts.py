"""Wrong: treats shifts as closed intervals, so a handover (one ends where the other starts)
reports an empty overlap [t, t]."""


def overlaps(first: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    shared: list[list[int]] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if start <= end:
            shared.append([start, end])
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return shared
