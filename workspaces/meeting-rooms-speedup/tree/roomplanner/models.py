"""Meetings and how they are written."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Meeting:
    """A meeting from start to end, in minutes since midnight: the interval [start, end)."""

    title: str
    start: int
    end: int

    def __post_init__(self):
        if self.end <= self.start:
            raise ValueError("%s: the end (%d) must be after the start (%d)" % (self.title, self.end, self.start))


def minutes(clock):
    """'09:30' -> 570."""
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


def parse(line):
    """'standup 09:00-09:15' -> Meeting('standup', 540, 555)."""
    title, span = line.rsplit(" ", 1)
    start, end = span.split("-")
    return Meeting(title.strip(), minutes(start), minutes(end))
