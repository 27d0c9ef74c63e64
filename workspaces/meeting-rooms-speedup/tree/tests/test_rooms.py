from roomplanner.models import Meeting, parse
from roomplanner.plan import plan
from roomplanner.rooms import assign_rooms, min_rooms


def m(start, end, title="m"):
    return Meeting(title, start, end)


def test_parse():
    assert parse("design review 09:30-10:45") == Meeting("design review", 570, 645)


def test_overlapping_meetings_need_more_rooms():
    assert min_rooms([m(0, 10), m(5, 15), m(20, 30)]) == 2


def test_assignment_reuses_the_lowest_free_room():
    assert assign_rooms([m(0, 10), m(5, 15), m(12, 20)]) == [0, 1, 0]


def test_plan_text():
    text = plan(["a 09:00-10:00", "b 09:30-10:30"])
    assert text.splitlines() == ["rooms needed: 2", "room 0  a", "room 1  b"]
