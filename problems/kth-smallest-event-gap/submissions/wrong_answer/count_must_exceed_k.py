"""Wrong: searches for the smallest d with *more than* k pairs within it, so a gap value shared by
several pairs at the k-th position gives the next gap up."""
import numpy as np


def kth_smallest_gap(times: list[int], k: int) -> int:
    ordered = np.sort(np.asarray(times, dtype=np.int64))
    positions = np.arange(1, len(ordered) + 1)

    def pairs_within(d: int) -> int:
        return int((np.searchsorted(ordered, ordered + d, side="right") - positions).sum())

    low, high = 0, int(ordered[-1] - ordered[0])
    while low < high:
        mid = (low + high) // 2
        if pairs_within(mid) > k:
            high = mid
        else:
            low = mid + 1
    return low
