"""How many rooms a day needs, and which meeting goes where."""

import heapq


def min_rooms(meetings):
    """The most meetings in progress at any moment (a sweep over starts and ends)."""
    events = sorted([(m.start, 1) for m in meetings] + [(m.end, -1) for m in meetings])
    best = current = 0
    for _, change in events:  # at equal times the end (-1) sorts first: [start, end)
        current += change
        best = max(best, current)
    return best


def assign_rooms(meetings):
    """The room of each meeting (input order): by start, each takes the lowest free room."""
    order = sorted(range(len(meetings)), key=lambda i: (meetings[i].start, meetings[i].end, i))
    room_of = [None] * len(meetings)
    busy = []  # (end, room) of meetings in progress
    free = []  # rooms freed, lowest first
    opened = 0
    for i in order:
        m = meetings[i]
        while busy and busy[0][0] <= m.start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
        else:
            room = opened
            opened += 1
        room_of[i] = room
        heapq.heappush(busy, (m.end, room))
    return room_of
