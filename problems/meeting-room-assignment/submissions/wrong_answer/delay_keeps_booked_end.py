"""Wrong: a delayed meeting still frees its room at its booked end, not booked end + delay."""
import heapq


def busiest_room(rooms: int, starts: list[int], ends: list[int]) -> int:
    free = list(range(rooms))
    busy: list[tuple[int, int]] = []
    hosted = [0] * rooms
    for start, end in sorted(zip(starts, ends)):
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
        else:
            _, room = heapq.heappop(busy)
        heapq.heappush(busy, (max(end, start), room))
        hosted[room] += 1
    return hosted.index(max(hosted))
