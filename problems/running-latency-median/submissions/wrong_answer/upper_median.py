"""Wrong: reports the upper of the two middle values when the count is even."""
import heapq


def running_medians(latencies: list[int]) -> list[int]:
    low: list[int] = []
    high: list[int] = []  # holds the upper median on top when the count is even
    medians = []
    for latency in latencies:
        if high and latency >= high[0]:
            heapq.heappush(high, latency)
        else:
            heapq.heappush(low, -latency)
        if len(low) > len(high):
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low) + 1:
            heapq.heappush(low, -heapq.heappop(high))
        medians.append(high[0])
    return medians
