from traffic.parse import read_counts
from traffic.report import summary
from traffic.windows import count_windows, longest_quiet_window


def test_read_fills_missing_minutes():
    assert read_counts(["10:00 5", "10:02 7", "# note"]) == [5, 0, 7]


def test_count_windows():
    assert count_windows([1, 2, 3, 3], 3) == 3  # [1,2], [3], [3]


def test_longest_quiet_window():
    assert longest_quiet_window([4, 1, 1, 2, 9, 1], 4) == 3


def test_summary():
    assert summary([1, 1], 2, 1).splitlines()[1] == "windows with exactly 2 requests: 1"
