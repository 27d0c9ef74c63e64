"""Running lower median with two heaps: O(log n) per measurement."""
import heapq


def running_medians(latencies: list[int]) -> list[int]:
    low: list[int] = []   # max-heap (negated) of the smaller half; holds the lower median on top
    high: list[int] = []  # min-heap of the larger half
    medians = []
    for latency in latencies:
        if low and latency > -low[0]:
            heapq.heappush(high, latency)
        else:
            heapq.heappush(low, -latency)
        # keep len(low) == len(high) or len(high) + 1
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        medians.append(-low[0])
    return medians
