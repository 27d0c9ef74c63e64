"""Wrong: when the window is longer than the stream, reports the stream's maximum as if it were
one window, instead of no complete window at all."""

from collections import deque


def rolling_peak(loads: list[int], k: int) -> list[int]:
    if not loads:
        return []
    k = min(k, len(loads))
    peaks: list[int] = []
    window: deque[int] = deque()
    for i, load in enumerate(loads):
        while window and loads[window[-1]] <= load:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            peaks.append(loads[window[0]])
    return peaks
