"""Sliding-window maximum with a monotonic deque of indexes: O(n) time, O(k) space."""

from collections import deque


def rolling_peak(loads: list[int], k: int) -> list[int]:
    peaks: list[int] = []
    window: deque[int] = deque()  # indexes whose loads decrease from front to back
    for i, load in enumerate(loads):
        while window and loads[window[-1]] <= load:
            window.pop()  # never a peak again: `load` is newer and at least as large
        window.append(i)
        if window[0] <= i - k:
            window.popleft()  # slid out of the window [i - k + 1, i]
        if i >= k - 1:
            peaks.append(loads[window[0]])
    return peaks
