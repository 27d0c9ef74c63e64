"""Brute force: for every request, scan all rooms for the lowest free one or the earliest to free.

O(n * rooms). (Shipped in Python: see notes.md; in Java the scan is about 2 * 10^8 steps on the
largest test the file-size cap allows, which runs well within the limit.)
"""


def busiest_room(rooms: int, starts: list[int], ends: list[int]) -> int:
    free_at = [0] * rooms
    hosted = [0] * rooms
    for start, end in sorted(zip(starts, ends)):
        chosen = -1
        for room in range(rooms):
            if free_at[room] <= start:
                chosen = room
                break
        if chosen >= 0:
            free_at[chosen] = end
        else:
            chosen = min(range(rooms), key=lambda r: (free_at[r], r))
            free_at[chosen] += end - start
        hosted[chosen] += 1
    return hosted.index(max(hosted))
