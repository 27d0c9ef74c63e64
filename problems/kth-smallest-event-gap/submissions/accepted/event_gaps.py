import numpy as np


def kth_smallest_gap(times: list[int], k: int) -> int:
    """Binary search on the gap d. The number of pairs within d of each other grows with d, and
    after sorting it is a sum of searchsorted offsets (a two-pointer count, vectorised). The
    answer is the smallest d whose count reaches k. O(n log n + n log(range))."""
    ordered = np.sort(np.asarray(times, dtype=np.int64))
    positions = np.arange(1, len(ordered) + 1)

    def pairs_within(d: int) -> int:
        return int((np.searchsorted(ordered, ordered + d, side="right") - positions).sum())

    low, high = 0, int(ordered[-1] - ordered[0])
    while low < high:
        mid = (low + high) // 2
        if pairs_within(mid) >= k:
            high = mid
        else:
            low = mid + 1
    return low
