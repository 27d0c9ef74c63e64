"""Replay with two heaps: free room numbers, and busy rooms keyed by (free-at time, room).

O(n log n + n log rooms): one sort of the requests, a few heap operations per request.
"""
import heapq


def busiest_room(rooms: int, starts: list[int], ends: list[int]) -> int:
    free = list(range(rooms))          # a sorted list is already a min-heap
    busy: list[tuple[int, int]] = []   # (time the room frees, room)
    hosted = [0] * rooms
    for start, end in sorted(zip(starts, ends)):
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
            heapq.heappush(busy, (end, room))
        else:
            free_at, room = heapq.heappop(busy)  # earliest to free; lowest number on a tie
            heapq.heappush(busy, (free_at + end - start, room))
        hosted[room] += 1
    return hosted.index(max(hosted))
