"""Wrong: treats a spread equal to the tolerance as unstable (max - min < tolerance)."""
from collections import deque


def longest_stable_window(readings: list[int], tolerance: int) -> int:
    maxima: deque[int] = deque()
    minima: deque[int] = deque()
    left = 0
    best = 0
    for right, value in enumerate(readings):
        while maxima and readings[maxima[-1]] <= value:
            maxima.pop()
        maxima.append(right)
        while minima and readings[minima[-1]] >= value:
            minima.pop()
        minima.append(right)
        while left <= right and readings[maxima[0]] - readings[minima[0]] >= tolerance:
            left += 1
            if maxima[0] < left:
                maxima.popleft()
            if minima[0] < left:
                minima.popleft()
            if not maxima or not minima:
                break
        best = max(best, right - left + 1)
    return best
