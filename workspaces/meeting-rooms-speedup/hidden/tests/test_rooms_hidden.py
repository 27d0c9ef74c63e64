import random

from roomplanner.models import Meeting
from roomplanner.rooms import assign_rooms, min_rooms


def m(start, end):
    return Meeting("m", start, end)


def brute_rooms(meetings):
    return max((sum(1 for o in meetings if o.start <= t < o.end) for t in {x.start for x in meetings}), default=0)


def test_touching_meetings_share_a_room():
    day = [m(0, 10), m(10, 20), m(20, 30)]
    assert min_rooms(day) == 1
    assert assign_rooms(day) == [0, 0, 0]


def test_empty_day():
    assert min_rooms([]) == 0
    assert assign_rooms([]) == []


def test_ties_by_end_then_input_order():
    day = [m(0, 30), m(0, 10), m(0, 10), m(10, 40)]
    assert assign_rooms(day) == [2, 0, 1, 0]


def test_a_freed_lower_room_is_preferred():
    day = [m(0, 100), m(0, 10), m(0, 50), m(20, 60), m(55, 70)]
    # By start then end: (0,10) -> 0, (0,50) -> 1, (0,100) -> 2; at 20 room 0 is free; at 55, room 1.
    assert assign_rooms(day) == [2, 0, 1, 0, 1]


def test_random_days_agree_with_brute_force():
    rng = random.Random(11)
    for _ in range(40):
        day = []
        for _ in range(rng.randint(1, 40)):
            s = rng.randint(0, 200)
            day.append(m(s, s + rng.randint(1, 60)))
        rooms = assign_rooms(day)
        assert min_rooms(day) == brute_rooms(day) == max(rooms) + 1
        for i, a in enumerate(day):
            for j, b in enumerate(day):
                if i < j and rooms[i] == rooms[j]:
                    assert a.end <= b.start or b.end <= a.start
