"""How many rooms a day needs, and which meeting goes where."""


def min_rooms(meetings):
    """The most meetings in progress at any moment."""
    best = 0
    for m in meetings:
        in_progress = 0
        for other in meetings:
            if other.start <= m.start < other.end:
                in_progress += 1
        best = max(best, in_progress)
    return best


def assign_rooms(meetings):
    """The room of each meeting (input order): by start, each takes the lowest free room."""
    order = sorted(range(len(meetings)), key=lambda i: (meetings[i].start, meetings[i].end, i))
    room_of = [None] * len(meetings)
    for i in order:
        m = meetings[i]
        taken = set()
        for j in range(len(meetings)):
            other = meetings[j]
            if room_of[j] is not None and other.start < m.end and m.start < other.end:
                taken.add(room_of[j])
        room = 0
        while room in taken:
            room += 1
        room_of[i] = room
    return room_of
