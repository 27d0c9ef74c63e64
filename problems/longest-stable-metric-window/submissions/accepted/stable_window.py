from collections import deque


def longest_stable_window(readings: list[int], tolerance: int) -> int:
    """Sliding window; two monotonic deques of indices keep the window's max and min at their
    heads. Every index is pushed and popped at most once per deque: O(n)."""
    maxima: deque[int] = deque()  # readings decreasing from the head
    minima: deque[int] = deque()  # readings increasing from the head
    left = 0
    best = 0
    for right, value in enumerate(readings):
        while maxima and readings[maxima[-1]] <= value:
            maxima.pop()
        maxima.append(right)
        while minima and readings[minima[-1]] >= value:
            minima.pop()
        minima.append(right)
        while readings[maxima[0]] - readings[minima[0]] > tolerance:
            left += 1
            if maxima[0] < left:
                maxima.popleft()
            if minima[0] < left:
                minima.popleft()
        best = max(best, right - left + 1)
    return best
