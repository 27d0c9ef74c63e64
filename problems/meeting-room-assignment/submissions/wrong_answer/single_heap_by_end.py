"""Wrong: one heap keyed by free-at time, so a free room is chosen by when it freed up, not by
its number (rule 2 says lowest-numbered free room)."""
import heapq


def busiest_room(rooms: int, starts: list[int], ends: list[int]) -> int:
    heap = [(0, room) for room in range(rooms)]  # (free at, room)
    hosted = [0] * rooms
    for start, end in sorted(zip(starts, ends)):
        free_at, room = heapq.heappop(heap)
        heapq.heappush(heap, (max(free_at, start) + end - start, room))
        hosted[room] += 1
    return hosted.index(max(hosted))
