"""Wrong: takes the mean of the two middle values with floor division, so an even window whose
middle values have an odd sum loses its .5."""

from bisect import insort, bisect_left


def rolling_median(latencies: list[int], k: int) -> list[float]:
    window = sorted(latencies[:k])
    medians = []
    for i in range(k - 1, len(latencies)):
        if i >= k:
            del window[bisect_left(window, latencies[i - k])]
            insort(window, latencies[i])
        if k % 2 == 1:
            medians.append(window[k // 2])
        else:
            medians.append((window[k // 2 - 1] + window[k // 2]) // 2)
    return medians
