"""The planner's entry point: lines in, a printable plan out."""

from roomplanner.models import parse
from roomplanner.rooms import assign_rooms, min_rooms


def plan(lines):
    """'title HH:MM-HH:MM' lines -> text: the rooms needed, then each meeting with its room."""
    meetings = [parse(line) for line in lines if line.strip()]
    rooms = assign_rooms(meetings)
    out = ["rooms needed: %d" % min_rooms(meetings)]
    for m, room in sorted(zip(meetings, rooms), key=lambda pair: (pair[0].start, pair[1])):
        out.append("room %d  %s" % (room, m.title))
    return "\n".join(out)
