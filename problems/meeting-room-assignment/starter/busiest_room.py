def busiest_room(rooms: int, starts: list[int], ends: list[int]) -> int:
    """Replay the requests [start, end) over rooms 0..rooms-1; return the room that hosted the
    most meetings (the lowest number on a tie)."""
    raise NotImplementedError
