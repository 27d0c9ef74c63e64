import random

from traffic.windows import count_windows, longest_quiet_window


def brute_count(counts, total):
    return sum(1 for i in range(len(counts)) for j in range(i, len(counts)) if sum(counts[i : j + 1]) == total)


def brute_longest(counts, limit):
    return max([j - i + 1 for i in range(len(counts)) for j in range(i, len(counts)) if sum(counts[i : j + 1]) <= limit], default=0)


def test_quiet_minutes_count_in_every_window_they_extend():
    assert count_windows([0, 0, 0], 0) == 6
    assert count_windows([2, 0, 0, 2], 2) == 6


def test_edges():
    assert count_windows([], 0) == 0
    assert longest_quiet_window([], 5) == 0
    assert longest_quiet_window([7, 8], 5) == 0
    assert longest_quiet_window([0, 0, 9, 0], 0) == 2


def test_random_days_agree_with_brute_force():
    rng = random.Random(5)
    for _ in range(60):
        counts = [rng.choice([0, 0, 1, 2, 3, 5]) for _ in range(rng.randint(0, 30))]
        total = rng.randint(0, 12)
        assert count_windows(counts, total) == brute_count(counts, total)
        assert longest_quiet_window(counts, total) == brute_longest(counts, total)
